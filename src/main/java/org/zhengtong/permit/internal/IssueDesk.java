package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.Transition;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.IdNumberSeals;
import org.zhengtong.organization.PostView;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.CaseClosed;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.IssueLicence;
import org.zhengtong.permit.IssueRefused;
import org.zhengtong.permit.LicenceRefused;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LicenceView;
import org.zhengtong.permit.Licences;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.shared.Refusal;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * 发证 (行政许可法 art. 44): the department's 印章管理员, signed in with a certificate, issues the
 * licence of an approved case ({@link Licences#issue}) with the applicant as holder and
 * the template's fields (prefilled from the form's answers, edited on the page); the case
 * is then 办结: CLOSED on the core, its clocks stopped, {@link CaseClosed} published. A
 * refusal — a password session, someone without the department's seal, a case not waiting
 * — changes nothing and is audited DENIED (the licence service audits its own refusals).
 * <p>
 * The holder's number: an enterprise's 统一社会信用代码 and a window applicant's sealed 身份证号 are
 * on the case; an online citizen's is held by identity and shown only masked, so the seal
 * keeper types it from the application's materials and it must match the masked one.
 */
@Service
@Transactional
public class IssueDesk {

	/** Art. 44: the licence within 10 working days of the decision. */
	public static final int ISSUE_DAYS = 10;

	static final String OBJECT = "permit_case";

	static final String CLOSED = "permit.case.closed";

	static final String ISSUE = "permit.case.issued";

	private final PermitCases cases;

	private final AcceptanceRecords records;

	private final Guides guides;

	private final Licences licences;

	private final UnitSeals seals;

	private final AccessScopes scopes;

	private final IdNumberSeals idNumbers;

	private final Casework casework;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	private final CaseStepGuard guard;

	private final Clock clock;

	IssueDesk(PermitCases cases, AcceptanceRecords records, Guides guides, Licences licences, UnitSeals seals,
			AccessScopes scopes, IdNumberSeals idNumbers, Casework casework, Deadlines deadlines,
			ApplicationEventPublisher events, Clock clock, CaseStepGuard guard) {
		this.guard = guard;
		this.cases = cases;
		this.records = records;
		this.guides = guides;
		this.licences = licences;
		this.seals = seals;
		this.scopes = scopes;
		this.idNumbers = idNumbers;
		this.casework = casework;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the page offers: the holder as the case names them, the type the item yields,
	 * the fields filled from the form's answers where a field of the same meaning exists.
	 *
	 * @param holderIdShown the masked 身份证号 or the 统一社会信用代码
	 * @param holderIdNeeded whether the keeper must type the full 身份证号 (an online
	 * citizen)
	 */
	public record Prefill(String holderName, ApplicantKind holderKind, String holderIdShown, boolean holderIdNeeded,
			@Nullable LicenceType type, Map<String, String> fields) {
	}

	/**
	 * The department whose licences {@code username} issues (their post in use), or
	 * {@code null}.
	 */
	@Transactional(readOnly = true)
	public @Nullable UUID department(String username) {
		PostView post = scopes.postInUse(username);
		return post != null && seals.holds(username, post.unitId()) ? post.unitId() : null;
	}

	/** A case of the keeper's department, in any state after 收件; else not found. */
	@Transactional(readOnly = true)
	public PermitCase forKeeper(String number, String username) {
		UUID department = department(username);
		return cases.findByNumber(number.strip())
			.filter((found) -> found.departmentId().equals(department))
			.orElseThrow(IssueRefused::notFound);
	}

	/** The 发证 clock of a case, if it has one. */
	@Transactional(readOnly = true)
	public Optional<ClockView> issueClock(PermitCase found) {
		return Optional.ofNullable(found.issueClockId()).map(deadlines::view);
	}

	/** A 发证 clock by id (the list shows each case's). */
	@Transactional(readOnly = true)
	public ClockView issueClockView(long clockId) {
		return deadlines.view(clockId);
	}

	/** The licence issued for the case, once it is. */
	@Transactional(readOnly = true)
	public Optional<LicenceView> licenceOf(PermitCase found) {
		String licence = found.licenceNumber();
		return licence == null ? Optional.empty() : licences.find(licence);
	}

	@Transactional(readOnly = true)
	public Prefill prefill(PermitCase found) {
		Guide guide = guides.findById(found.guideId()).orElseThrow();
		LicenceType type = LicenceType.byCode(guide.licenceType()).orElse(null);
		Map<String, String> answers = FormAnswers.inputs(found.formValues());
		Map<String, String> fields = LicencePrefill.fields(type, answers, found.applicantKind(), found.applicantName());
		boolean needed = found.applicantKind() == ApplicantKind.CITIZEN && found.applicantIdSealed() == null;
		String shown = found.applicantIdentifier() == null ? "" : found.applicantIdentifier();
		return new Prefill(found.applicantName(), found.applicantKind(), shown, needed, type, fields);
	}

	/**
	 * Issues the case's licence and closes the case.
	 * @param holderId an online citizen's full 身份证号 (ignored otherwise)
	 * @param fields the type's fields; extra keys of other types are dropped
	 * @throws IssueRefused not found outside the keeper's department, not waiting when
	 * the case is not DECIDED, a 身份证号 not matching the case's
	 * @throws LicenceRefused for a password session, no seal, bad fields
	 */
	public LicenceView issue(String number, LicenceType type, @Nullable String holderId, Map<String, String> fields,
			@Nullable LocalDate validFrom, String actor) {
		// the licence service and the seal write their own DENIED entries
		return guard.run(ISSUE, actor, number, () -> issueChecked(number, type, holderId, fields, validFrom, actor),
				LicenceRefused.class, PkiRefused.class);
	}

	private LicenceView issueChecked(String number, LicenceType type, @Nullable String holderId,
			Map<String, String> fields, @Nullable LocalDate validFrom, String actor) {
		long caseId = cases.findIdByNumber(number.strip()).orElseThrow(IssueRefused::notFound);
		if (!records.lock(caseId)) {
			throw IssueRefused.notFound();
		}
		PermitCase found = cases.findById(caseId).orElseThrow(IssueRefused::notFound);
		UUID department = found.departmentId();
		if (!department.equals(department(actor))) {
			throw IssueRefused.notFound();
		}
		String caseNumber = found.number();
		if (caseNumber == null || found.state() != PermitCaseState.DECIDED) {
			throw IssueRefused.notWaiting(number.strip());
		}
		Map<String, String> wanted = new LinkedHashMap<>();
		for (String key : type.fields()) {
			String value = fields.get(key);
			wanted.put(key, value == null ? "" : value);
		}
		LicenceView licence = licences.issue(new IssueLicence(type, caseNumber, found.applicantName(),
				found.applicantKind(), holderId(found, holderId), wanted, department, validFrom), actor);
		Instant now = clock.instant();
		found.licensed(licence.number(), now);
		cases.saveAndFlush(found);
		for (Long clockId : new Long[] { found.issueClockId(), found.promisedClockId(), found.legalClockId() }) {
			if (clockId != null) {
				deadlines.stop(clockId);
			}
		}
		Long core = found.caseworkCaseId();
		if (core != null) {
			casework.transition(Transition.to(core, PermitCaseState.CLOSED, actor)
				.because("ISSUED", cut("发证办结：电子证照 " + licence.number(), 2000)));
		}
		events.publishEvent(new CaseClosed(found.id(), caseNumber, department, found.mainCaseId(), Decision.APPROVED,
				licence.number(), now));
		events.publishEvent(AuditableEvent.succeeded(now, actor, CLOSED, OBJECT, caseNumber,
				cut("发证办结 " + caseNumber + "：电子证照 " + licence.number(), 1000)));
		return licence;
	}

	/** The holder's 身份证号 or 统一社会信用代码 as the licence service checks it. */
	private String holderId(PermitCase found, @Nullable String typed) {
		String shown = found.applicantIdentifier() == null ? "" : found.applicantIdentifier();
		if (found.applicantKind() == ApplicantKind.ENTERPRISE) {
			return shown;
		}
		if (found.applicantIdSealed() != null) {
			return idNumbers.unseal(found.applicantIdSealed()).value();
		}
		String entered = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
		ResidentIdNumber number;
		try {
			number = ResidentIdNumber.of(entered);
		}
		catch (Refusal | IllegalArgumentException invalid) {
			throw IssueRefused.holderIdMismatch();
		}
		if (!number.masked().equals(shown)) {
			throw IssueRefused.holderIdMismatch();
		}
		return number.value();
	}

	private static String cut(String text, int limit) {
		return text.length() > limit ? text.substring(0, limit) : text;
	}

}
