package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.Transition;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.CaseStepRefused;
import org.zhengtong.permit.NoticeKind;
import org.zhengtong.permit.PermitNoticeSealed;
import org.zhengtong.pki.CertificateSessions;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;
import org.zhengtong.shared.Refusal;

/**
 * 文书 and 用印, after interaction's 答复书: every written notice of a permit case is laid out
 * at its step, under the department's name on that day. If the person acting is one of
 * the department's 印章管理员 signed in with their certificate, they seal it in the same act;
 * otherwise it waits in the 用印 step, a task in the 待办 inbox of the department's seal
 * keepers, until one of them seals exactly the PDF that was laid out (one by one, or
 * every waiting notice of the department at once). The applicant downloads a notice only
 * once sealed, and hears of it through {@link PermitNoticeSealed}.
 */
@Service
@Transactional
public class PermitNotices {

	static final String OBJECT = "permit_notice";

	static final String PREPARED = "permit.notice.prepared";

	static final String SEALED = "permit.notice.sealed";

	private final WrittenNotices notices;

	private final NoticeRecords records;

	private final PermitCases cases;

	private final NoticePdf layout;

	private final UnitSeals seals;

	private final CertificateSessions sessions;

	private final Casework casework;

	private final UnitManagement units;

	private final StepAccess access;

	private final AcceptanceAccess clerks;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final Clock clock;

	PermitNotices(WrittenNotices notices, NoticeRecords records, PermitCases cases, NoticePdf layout, UnitSeals seals,
			CertificateSessions sessions, Casework casework, UnitManagement units, StepAccess access,
			AcceptanceAccess clerks, MessageSource messages, ApplicationEventPublisher events, AuditManagement audit,
			Clock clock) {
		this.notices = notices;
		this.records = records;
		this.cases = cases;
		this.layout = layout;
		this.seals = seals;
		this.sessions = sessions;
		this.casework = casework;
		this.units = units;
		this.access = access;
		this.clerks = clerks;
		this.messages = messages;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Lays out the notice of a step {@code actor} just took on the case: sealed at once
	 * when they may seal, otherwise waiting for the department's seal keepers.
	 * @param reference what the notice is numbered by (办件编号, 决定文书号)
	 */
	WrittenNotice prepare(PermitCase found, NoticeKind kind, String reference, List<String> paragraphs, String actor) {
		LocalDate today = LocalDate.now(clock);
		String unitName = unitName(found, today);
		String title = title(kind);
		byte[] pdf = layout.render(new NoticePdf.Text(title, reference, found.applicantName(), paragraphs), unitName,
				today);
		WrittenNotice notice = notices
			.save(new WrittenNotice(found.id(), found.departmentId(), kind, unitName, today, pdf, clock.instant()));
		if (seals.holds(actor, found.departmentId()) && sessions.current().isPresent()) {
			sealNow(notice, found, actor);
			return notice;
		}
		CaseView started = casework.start(new StartCase(NoticeSealType.CODE, String.valueOf(notice.id()),
				cut("用印：" + title + " " + number(found), 300), "/workbench/permit/notices/" + notice.id(),
				found.departmentId(), actor, null));
		notice.awaitingIn(started.id());
		casework.transition(Transition.to(started.id(), NoticeSealType.SealState.AWAITING_SEAL, actor)
			.opening(OpenStep.one(Assignee.unit(found.departmentId(), UnitSeals.SEAL_PERMISSION, keeperName()))));
		record(actor, PREPARED, notice, title + " " + number(found) + " 待用印（" + unitName + "印章管理员）");
		return notice;
	}

	/**
	 * A seal keeper of the department seals a waiting notice (signed in with their
	 * certificate; {@link UnitSeals} checks and audits the use).
	 * @throws CaseStepRefused when it is sealed already, or (not found) for whoever may
	 * not see it
	 */
	public WrittenNotice seal(long noticeId, String actor) {
		try {
			WrittenNotice notice = notices.findById(noticeId).orElseThrow(CaseStepRefused::notFound);
			if (!maySee(notice, actor)) {
				throw CaseStepRefused.notFound();
			}
			if (notice.sealed()) {
				throw CaseStepRefused.of("permit.notice.refused.alreadySealed");
			}
			sealWaiting(notice, actor);
			return notice;
		}
		catch (Refusal refused) {
			deniedApart(refused, actor, String.valueOf(noticeId));
			throw refused;
		}
	}

	/**
	 * 批量用印: seals every notice waiting in the departments whose seal {@code actor} keeps
	 * (by the post in use), all or none.
	 * @return how many were sealed
	 */
	public int sealAll(String actor) {
		try {
			AccessScope scope = access.keeperScope(actor);
			if (scope.isEmpty()) {
				throw CaseStepRefused.notFound();
			}
			List<Long> waiting = records.waitingIds(scope);
			for (long id : waiting) {
				WrittenNotice notice = notices.findById(id).orElseThrow();
				if (!notice.sealed()) {
					sealWaiting(notice, actor);
				}
			}
			return waiting.size();
		}
		catch (Refusal refused) {
			deniedApart(refused, actor, "*");
			throw refused;
		}
	}

	/**
	 * Whether {@code username} keeps the seal of some department (by the post in use).
	 */
	@Transactional(readOnly = true)
	public boolean keepsASeal(String username) {
		return !access.keeperScope(username).isEmpty();
	}

	/** The notices waiting for the seal in the keeper's departments. */
	@Transactional(readOnly = true)
	public PageOf<NoticeRecords.Waiting> waiting(String keeper, @Nullable ListSort sort, int page, int size) {
		return records.waiting(access.keeperScope(keeper), sort, page, size);
	}

	/**
	 * A notice as staff see it (sealed or waiting): the department's seal keepers, 审批负责人,
	 * 审批人员 and 窗口受理员.
	 */
	@Transactional(readOnly = true)
	public Optional<WrittenNotice> forStaff(long noticeId, String username) {
		return notices.findById(noticeId).filter((notice) -> maySee(notice, username));
	}

	/**
	 * Whether {@code username} is one of the seal keepers of the notice's department now.
	 */
	@Transactional(readOnly = true)
	public boolean sealKeeper(WrittenNotice notice, String username) {
		return seals.holds(username, notice.departmentId());
	}

	/** Every notice of the case, oldest first, for staff pages. */
	@Transactional(readOnly = true)
	public List<WrittenNotice> ofCase(long caseId) {
		return notices.findByCaseIdOrderByIdAsc(caseId);
	}

	/**
	 * The sealed notices of a case its applicant reached (by account or 查询码): its own and
	 * those of its 并联 sub-cases, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<NoticeRecords.Sealed> sealedOf(PermitCase found) {
		return records.sealedOf(found.id());
	}

	/** One sealed notice of a case its applicant reached (its own or a sub-case's). */
	@Transactional(readOnly = true)
	public Optional<WrittenNotice> sealedFor(PermitCase found, long noticeId) {
		return notices.findById(noticeId)
			.filter(WrittenNotice::sealed)
			.filter((notice) -> notice.caseId() == found.id() || cases.findById(notice.caseId())
				.map((owner) -> Long.valueOf(found.id()).equals(owner.mainCaseId()))
				.orElse(false));
	}

	/** The case a notice belongs to. */
	@Transactional(readOnly = true)
	public PermitCase caseOf(WrittenNotice notice) {
		return cases.findById(notice.caseId()).orElseThrow();
	}

	/** The notice's title in Chinese, the language of the document. */
	public String title(NoticeKind kind) {
		return messages.getMessage("permit.notice.kind." + kind.name(), null, Locale.SIMPLIFIED_CHINESE);
	}

	private boolean maySee(WrittenNotice notice, String username) {
		return seals.holds(username, notice.departmentId()) || access.leader(username, notice.departmentId())
				|| access.reviewer(username, notice.departmentId()) || clerks.clerk(username, notice.departmentId());
	}

	private void sealWaiting(WrittenNotice notice, String actor) {
		PermitCase found = caseOf(notice);
		sealNow(notice, found, actor);
		Long sealCase = notice.sealCaseId();
		if (sealCase != null) {
			casework.transition(Transition.to(sealCase, NoticeSealType.SealState.SEALED, actor));
		}
	}

	private void sealNow(WrittenNotice notice, PermitCase found, String actor) {
		String title = title(notice.kind());
		UnitSeals.SignedPdf signed = seals.signPdf(new UnitSeals.SealRequest(actor, found.departmentId(),
				title + " " + number(found), OBJECT, String.valueOf(notice.id())), notice.pdf(),
				title + " " + number(found));
		notice.sealed(signed.pdf(), signed.use().sha256(), signed.use().serial(), actor, signed.use().signedAt());
		events.publishEvent(new PermitNoticeSealed(notice.id(), found.id(), number(found), found.departmentId(),
				notice.kind(), signed.use().signedAt()));
		record(actor, SEALED, notice, title + " " + number(found) + " 已用印，SHA-256 " + signed.use().sha256()
				+ "，印章证书序列号 " + signed.use().serial());
	}

	private void deniedApart(Refusal refused, String actor, String objectId) {
		if (refused instanceof PkiRefused) {
			// UnitSeals wrote its own DENIED entry for the seal's refusals.
			return;
		}
		audit.recordApart(AuditableEvent
			.succeeded(clock.instant(), actor, SEALED, OBJECT, objectId, cut("拒绝：" + refused.getMessage(), 1000))
			.withOutcome(Outcome.DENIED));
	}

	private String unitName(PermitCase found, LocalDate today) {
		return units.find(found.departmentId(), today)
			.map((unit) -> unit.names().fullName())
			.orElseThrow(() -> new IllegalStateException("No unit " + found.departmentId()));
	}

	private String keeperName() {
		return messages.getMessage("role.SEAL_KEEPER", null, "印章管理员", Locale.SIMPLIFIED_CHINESE);
	}

	private void record(String actor, String action, WrittenNotice notice, String summary) {
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, action, OBJECT,
				String.valueOf(notice.id()), cut(summary, 1000)));
	}

	static String number(PermitCase found) {
		String number = found.number();
		return number == null ? String.valueOf(found.id()) : number;
	}

	static String cut(String text, int limit) {
		return text.length() > limit ? text.substring(0, limit) : text;
	}

}
