package org.zhengtong.permit.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.IdNumberSeals;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.permit.CounterpartKind;
import org.zhengtong.permit.DecisionPublications;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PublicationKind;
import org.zhengtong.permit.PublicationRefused;
import org.zhengtong.permit.PublicationState;
import org.zhengtong.permit.PublishDecision;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * 双公示: publishes, withdraws and finds the department's records. A record is due 7 working
 * days after its decision (国办发〔2016〕33号, 发改办财金〔2018〕424号: "自作出行政决定之日起7个工作日内上网公开"),
 * counted on the platform calendar (start day not counted); one published late is
 * flagged. Every change is audited; a refusal rolls back and is audited apart (DENIED).
 */
@Service
public class PublicationService implements DecisionPublications {

	/** Working days from the decision to its publication. */
	public static final int DUE_WORKING_DAYS = 7;

	static final String OBJECT = "permit.publication";

	private final Publications publications;

	private final AccessScopes scopes;

	private final UnitManagement units;

	private final CalendarManagement calendar;

	private final IdNumberSeals seals;

	private final AuditManagement audit;

	private final Clock clock;

	private final ZoneId zone;

	PublicationService(Publications publications, AccessScopes scopes, UnitManagement units,
			CalendarManagement calendar, IdNumberSeals seals, AuditManagement audit, Clock clock,
			PlatformProperties platform) {
		this.publications = publications;
		this.scopes = scopes;
		this.units = units;
		this.calendar = calendar;
		this.seals = seals;
		this.audit = audit;
		this.clock = clock;
		this.zone = platform.timeZone();
	}

	/** The day a decision of this date is due on the public list. */
	public LocalDate dueOn(LocalDate decisionDate) {
		return calendar.addWorkingDays(decisionDate, DUE_WORKING_DAYS);
	}

	/** Today in the platform's zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	/**
	 * The department {@code username} publishes for: the unit of the post in use, when
	 * the user holds {@code permit.decide} over it; {@code null} otherwise.
	 */
	public @Nullable UUID department(String username) {
		PostView post = scopes.postInUse(username);
		if (post == null) {
			return null;
		}
		return scopes.of(username, PermitRoles.DECIDE, post.unitId()).reachesUnit(post.unitId()) ? post.unitId() : null;
	}

	@Override
	@Transactional
	public long publish(PublishDecision decision, String actor) {
		if (!AccountManagement.SYSTEM.equals(actor)
				&& !scopes.of(actor, PermitRoles.DECIDE, department(actor)).reachesUnit(decision.departmentId())) {
			throw PublicationRefused.notFound();
		}
		check(decision);
		String creditCode = null;
		String sealed = null;
		String masked = null;
		if (decision.counterpartKind() == CounterpartKind.NATURAL_PERSON) {
			if (decision.idNumber() == null || decision.idNumber().isBlank()) {
				throw PublicationRefused.idNumberNeeded();
			}
			ResidentIdNumber number = ResidentIdNumber.of(decision.idNumber().strip().toUpperCase());
			sealed = seals.seal(number);
			masked = number.masked();
		}
		else {
			if (decision.creditCode() == null || decision.creditCode().isBlank()) {
				throw PublicationRefused.creditCodeNeeded();
			}
			creditCode = CreditCode.of(decision.creditCode().strip().toUpperCase()).value();
		}
		if (decision.caseId() != null
				&& publications.existsByCaseIdAndState(decision.caseId(), PublicationState.PUBLISHED)) {
			throw PublicationRefused.alreadyPublished(String.valueOf(decision.caseNumber()));
		}
		// the name on the decision date; a unit entered after it has only its present
		// name
		UnitView unit = units.find(decision.departmentId(), decision.decisionDate())
			.or(() -> units.find(decision.departmentId(), today()))
			.orElseThrow(PublicationRefused::notFound);
		Publication publication = publications.save(new Publication(decision, creditCode, sealed, masked,
				unit.names().fullName(), unit.creditCode(), dueOn(decision.decisionDate()), actor, clock.instant()));
		audit
			.record(AuditableEvent
				.succeeded(clock.instant(), actor, "permit.publication.published", OBJECT, publication.id().toString(),
						(decision.kind() == PublicationKind.PERMIT ? "公示行政许可：" : "公示行政处罚：") + decision.documentNumber()
								+ "，" + publication.counterpartPublicName())
				.withChange(null, decision.documentNumber()));
		return publication.id();
	}

	private void check(PublishDecision d) {
		require(d.counterpartName(), "行政相对人名称");
		require(d.documentName(), "决定文书名称");
		require(d.documentNumber(), "决定文书号");
		require(d.category(), d.kind() == PublicationKind.PERMIT ? "许可类别" : "处罚类别");
		require(d.content(), d.kind() == PublicationKind.PERMIT ? "许可内容" : "处罚内容");
		if (d.kind() == PublicationKind.PENALTY) {
			require(d.violationType(), "违法行为类型");
			require(d.violationFacts(), "违法事实");
			require(d.legalBasis(), "处罚依据");
			if (d.category().contains("罚款") && (d.fineAmount() == null || d.fineAmount().signum() <= 0)) {
				throw PublicationRefused.fineNeeded();
			}
		}
		if (d.decisionDate().isAfter(today())) {
			throw PublicationRefused.futureDecision();
		}
		if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
			throw PublicationRefused.validity();
		}
		if (negative(d.fineAmount()) || negative(d.confiscatedAmount())) {
			throw PublicationRefused.fineNeeded();
		}
	}

	private static boolean negative(@Nullable BigDecimal amount) {
		return amount != null && amount.signum() < 0;
	}

	private static void require(@Nullable String value, String item) {
		if (value == null || value.isBlank()) {
			throw PublicationRefused.missing(item);
		}
	}

	/**
	 * A record of the user's department.
	 * @throws PublicationRefused (not found) for anyone else
	 */
	public Publication forDepartment(long id, String actor) {
		UUID department = department(actor);
		return publications.findById(id)
			.filter((p) -> department != null && p.departmentId().equals(department))
			.orElseThrow(PublicationRefused::notFound);
	}

	/** Takes a wrong record off the public list, keeping it and the reason. */
	@Transactional
	public void withdraw(long id, long version, String reason, String actor) {
		Publication publication = forDepartment(id, actor);
		String why = reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw PublicationRefused.reasonNeeded();
		}
		if (publication.state() == PublicationState.WITHDRAWN) {
			throw PublicationRefused.alreadyWithdrawn();
		}
		if (publication.version() != version) {
			throw PublicationRefused.changedMeanwhile();
		}
		publication.withdraw(why, actor, clock.instant());
		audit.record(
				AuditableEvent
					.succeeded(clock.instant(), actor, "permit.publication.withdrawn", OBJECT, String.valueOf(id),
							"撤回公示：" + publication.documentNumber() + "，原因：" + why)
					.withChange("公示", "撤回"));
	}

	/** Records a refused publication or withdrawal in a transaction of its own. */
	public void refused(@Nullable Long id, String actor, String action, String reason) {
		audit.recordApart(AuditableEvent
			.succeeded(clock.instant(), actor, action, OBJECT, id == null ? null : id.toString(), reason)
			.withOutcome(Outcome.DENIED));
	}

}
