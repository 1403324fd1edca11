package org.zhengtong.permit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.HistoryEntry;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartClock;
import org.zhengtong.casework.Transition;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.permit.AcceptanceRefused;
import org.zhengtong.permit.CaseAccepted;
import org.zhengtong.permit.CorrectionNoticed;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;

/**
 * 受理 under 行政许可法 art. 32: the department's 窗口受理员 accepts an application (the case goes to
 * 审查 and its 承诺 and 法定 clocks start, counted in working days from the day after
 * acceptance, arts. 42 and 82), refuses it with a reason (不予受理), or tells the applicant
 * once (一次性告知) everything to add (补正); the applicant's uploads of every listed item send
 * the case back to 待受理 with a 补正已到 task. An application nobody acted on within 5 working
 * days of receipt (or of the corrected materials' arrival) counts as accepted from that
 * day ({@link #acceptIfDeemed}). Every step is audited; a refused one changes nothing and
 * leaves a DENIED entry written apart. Two clerks acting on one case take turns on its
 * row: the second is told who acted and when.
 */
@Service
@Transactional
public class AcceptanceDesk {

	/** Art. 32: 5 (working) days to accept or send the 补正 notice. */
	public static final int DEEMED_DAYS = 5;

	static final String OBJECT = "permit_case";

	/** Who may own a 补正 upload in files (the case's id). */
	static final String CORRECTION_FILES = "permit.correction";

	/** What a 补正 upload may be: scans and documents, read from the content. */
	static final UploadRules CORRECTION_RULES = new UploadRules(20L * 1024 * 1024,
			Set.of("application/pdf", "application/ofd", "image/jpeg", "image/png"));

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PermitCases cases;

	private final Guides guides;

	private final CorrectionNotices notices;

	private final CaseMaterials materials;

	private final AcceptanceRecords records;

	private final AcceptanceAccess access;

	private final Casework casework;

	private final Deadlines deadlines;

	private final CalendarManagement calendar;

	private final FileManagement files;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccountManagement accountManagement;

	private final CaseStepGuard guard;

	AcceptanceDesk(PermitCases cases, Guides guides, CorrectionNotices notices, CaseMaterials materials,
			AcceptanceRecords records, AcceptanceAccess access, Casework casework, Deadlines deadlines,
			CalendarManagement calendar, FileManagement files, MessageSource messages, ApplicationEventPublisher events,
			Clock clock, AccountManagement accountManagement, CaseStepGuard guard) {
		this.guard = guard;
		this.accountManagement = accountManagement;
		this.cases = cases;
		this.guides = guides;
		this.notices = notices;
		this.materials = materials;
		this.records = records;
		this.access = access;
		this.casework = casework;
		this.deadlines = deadlines;
		this.calendar = calendar;
		this.files = files;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** A line of the 补正 notice as the clerk ticks or writes it. */
	public record NoticeLine(@Nullable Integer material, @Nullable String name, String reason) {
	}

	/**
	 * The case as its department's 窗口受理员 sees it; anyone else is told it does not exist.
	 */
	@Transactional(readOnly = true)
	public PermitCase forClerk(String number, String actor) {
		PermitCase found = cases.findByNumber(number.strip()).orElseThrow(AcceptanceRefused::notFound);
		if (!access.clerk(actor, found.departmentId())) {
			throw AcceptanceRefused.notFound();
		}
		return found;
	}

	/** 受理: the case goes to 审查 with its two clocks started now. */
	public PermitCase accept(long caseId, String actor) {
		return guard.run("permit.case.accepted", actor, caseId, () -> {
			PermitCase found = waitingForClerk(caseId, actor);
			return accepted(found, actor, clock.instant(), false);
		});
	}

	/** 不予受理 with the reason the applicant is told (1–1,000 characters); the case ends. */
	public PermitCase reject(long caseId, String reason, String actor) {
		return guard.run("permit.case.rejected", actor, caseId, () -> {
			String why = reason == null ? "" : reason.strip();
			if (why.isEmpty() || why.length() > 1000) {
				throw AcceptanceRefused.of("permit.acceptance.refused.reason");
			}
			PermitCase found = waitingForClerk(caseId, actor);
			found.reject(why, clock.instant());
			move(found, PermitCaseState.REJECTED, actor, null, cut("不予受理：" + why, 2000), null);
			record(actor, "permit.case.rejected", found, "不予受理 " + found.number() + "：" + why);
			events.publishEvent(new org.zhengtong.permit.CaseRejected(found.id(), number(found), found.departmentId(),
					why, actor, clock.instant()));
			return found;
		});
	}

	/**
	 * 一次性告知补正: the one notice listing what the applicant must add — ticked materials of
	 * the case's guide and written-in items, each with its reason. A second notice is
	 * refused (art. 32). The applicant is told through {@link CorrectionNoticed}.
	 */
	public CorrectionNotice noticeCorrection(long caseId, List<NoticeLine> lines, String actor) {
		return guard.run("permit.case.correction-noticed", actor, caseId, () -> {
			PermitCase found = lockedForClerk(caseId, actor);
			CorrectionNotice earlier = notices.findByCaseId(caseId).orElse(null);
			if (earlier != null) {
				throw AcceptanceRefused.secondNotice(number(found), minute(earlier.noticedAt()));
			}
			requireWaiting(found);
			Guide guide = guides.findById(found.guideId()).orElseThrow();
			List<CorrectionItem> items = items(guide, lines);
			CorrectionNotice notice = notices.save(new CorrectionNotice(caseId, items, actor, clock.instant()));
			found.awaitCorrection();
			List<String> text = items.stream().map((item) -> item.name() + "：" + item.reason()).toList();
			move(found, PermitCaseState.CORRECTION, actor, null, cut("一次性告知补正：" + String.join("；", text), 2000), null);
			record(actor, "permit.case.correction-noticed", found,
					"一次性告知补正 " + found.number() + "：" + String.join("；", text));
			events.publishEvent(new CorrectionNoticed(caseId, number(found), guide.name(), text, notice.noticedAt()));
			return notice;
		});
	}

	/** The case's 补正 notice, if one was sent. */
	@Transactional(readOnly = true)
	public @Nullable CorrectionNotice noticeOf(long caseId) {
		return notices.findByCaseId(caseId).orElse(null);
	}

	/**
	 * The applicant (the case's own account) hands in one listed item of the notice (its
	 * position); the file's type is read from its content. When every item has arrived
	 * the case goes back to 待受理 with a 补正已到 task, and art. 32's 5 days count from now.
	 * @return whether this upload completed the notice
	 */
	public boolean uploadCorrection(String number, int item, InputStream content, String fileName, String actor)
			throws IOException {
		long caseId = cases.findIdByNumber(number.strip()).orElseThrow(AcceptanceRefused::notFound);
		try {
			return uploaded(caseId, item, content, fileName, actor);
		}
		catch (org.zhengtong.shared.Refusal refused) {
			guard.denied("permit.case.correction-uploaded", actor, number, refused);
			throw refused;
		}
	}

	private boolean uploaded(long caseId, int item, InputStream content, String fileName, String actor)
			throws IOException {
		if (!records.lock(caseId)) {
			throw AcceptanceRefused.notFound();
		}
		PermitCase found = cases.findById(caseId).orElseThrow(AcceptanceRefused::notFound);
		if (!owner(found, actor)) {
			throw AcceptanceRefused.notFound();
		}
		CorrectionNotice notice = notices.findByCaseId(caseId).orElse(null);
		if (notice == null || found.state() != PermitCaseState.CORRECTION) {
			throw AcceptanceRefused.of("permit.correction.refused.notAwaiting");
		}
		if (item < 0 || item >= notice.items().size()) {
			throw AcceptanceRefused.of("permit.correction.refused.notListed");
		}
		String name = fileName.isBlank() ? "material" : cut(fileName.strip(), 255);
		StoredFile stored = files.store(content, name, CORRECTION_RULES);
		var link = files.attach(stored, new FileOwner(CORRECTION_FILES, String.valueOf(caseId)), name, actor);
		int key = materialKey(notice.items().get(item), item);
		for (CaseMaterial earlier : materials.findByCaseIdOrderByMaterialAscIdAsc(caseId)) {
			if (earlier.material() == key && !earlier.replaced()) {
				earlier.replace();
			}
		}
		materials.save(
				new CaseMaterial(caseId, key, link.id(), name, CaseMaterial.Stage.CORRECTION, actor, clock.instant()));
		materials.flush();
		record(actor, "permit.case.correction-uploaded", found,
				"补正材料 " + found.number() + "：" + notice.items().get(item).name() + "（" + name + "）");
		if (!missing(found, notice).isEmpty()) {
			return false;
		}
		notice.complete(clock.instant());
		found.corrected();
		move(found, PermitCaseState.SUBMITTED, actor, null, "补正已到", clerkStep(found));
		record(actor, "permit.case.corrected", found, "补正材料已齐 " + found.number() + "，待受理");
		return true;
	}

	/**
	 * The positions of the notice's items still without an upload since the notice.
	 */
	@Transactional(readOnly = true)
	public List<Integer> missing(PermitCase found, CorrectionNotice notice) {
		List<CaseMaterial> handedIn = materials.findByCaseIdOrderByMaterialAscIdAsc(found.id());
		List<Integer> missing = new ArrayList<>();
		List<CorrectionItem> items = notice.items();
		for (int i = 0; i < items.size(); i++) {
			int key = materialKey(items.get(i), i);
			boolean arrived = handedIn.stream()
				.anyMatch((material) -> material.material() == key && !material.replaced()
						&& material.stage() == CaseMaterial.Stage.CORRECTION
						&& !material.uploadedAt().isBefore(notice.noticedAt()));
			if (!arrived) {
				missing.add(i);
			}
		}
		return missing;
	}

	/** Whether {@code actor} is the case's applicant (their public account). */
	@Transactional(readOnly = true)
	public boolean owner(PermitCase found, @Nullable String actor) {
		if (actor == null || found.applicantAccountId() == null) {
			return false;
		}
		return accountId(actor) != null && found.applicantAccountId().equals(accountId(actor));
	}

	/**
	 * Art. 32: accepts the case from the day its (corrected) materials arrived if it
	 * still waits for 受理 and the 5 working days after that day have passed; done by the
	 * system.
	 * @return whether it was accepted now
	 */
	public boolean acceptIfDeemed(long caseId) {
		if (!records.lock(caseId)) {
			return false;
		}
		PermitCase found = cases.findById(caseId).orElse(null);
		if (found == null || found.state() != PermitCaseState.SUBMITTED || found.submittedAt() == null) {
			return false;
		}
		Instant received = receivedAt(found);
		if (!LocalDate.now(clock).isAfter(deemedDay(received))) {
			return false;
		}
		accepted(found, AccountManagement.SYSTEM, received, true);
		return true;
	}

	/** When art. 32 counts from: the corrected materials' arrival, else the receipt. */
	@Transactional(readOnly = true)
	public Instant receivedAt(PermitCase found) {
		CorrectionNotice notice = notices.findByCaseId(found.id()).orElse(null);
		if (notice != null && notice.completedAt() != null) {
			return notice.completedAt();
		}
		Instant submitted = found.submittedAt();
		return submitted == null ? found.createdAt() : submitted;
	}

	/**
	 * The last day to accept or send the 补正 notice: the 5th working day after the day of
	 * receipt (the day itself not counted).
	 */
	public LocalDate deemedDay(Instant received) {
		return calendar.addWorkingDays(LocalDate.ofInstant(received, clock.getZone()), DEEMED_DAYS);
	}

	/** Working days since receipt, the day itself not counted. */
	public int daysWaiting(Instant received) {
		return calendar.workingDaysBetween(LocalDate.ofInstant(received, clock.getZone()), LocalDate.now(clock));
	}

	private PermitCase accepted(PermitCase found, String actor, Instant at, boolean deemed) {
		Guide guide = guides.findById(found.guideId()).orElseThrow();
		String number = number(found);
		found.accept(actor, at, deemed);
		long promised = deadlines.start(new StartClock("permit", cut(number + " 承诺时限", 200), Measure.WORKING_DAYS,
				JointCases.promisedDays(guide), at, null));
		long legal = deadlines.start(new StartClock("permit", cut(number + " 法定时限", 200), Measure.WORKING_DAYS,
				JointCases.legalDays(guide), at, null));
		found.clocks(promised, legal);
		move(found, PermitCaseState.ACCEPTED, actor, null, deemed ? "逾期未作处理，依《行政许可法》第三十二条自收到申请材料之日起即为受理" : "受理",
				OpenStep.one(Assignee.unit(found.departmentId(), PermitRoles.REVIEW, roleName("PERMIT_REVIEWER"))));
		LocalDate promisedDue = deadlines.view(promised).dueDay();
		LocalDate legalDue = deadlines.view(legal).dueDay();
		record(actor, "permit.case.accepted", found, (deemed ? "视为受理 " : "受理 ") + number + "，承诺办结 " + promisedDue
				+ "，法定期限 " + legalDue + (deemed ? "（第三十二条，自收件之日起）" : ""));
		events.publishEvent(
				new CaseAccepted(found.id(), number, found.departmentId(), actor, at, deemed, promisedDue, legalDue));
		return found;
	}

	/** The case locked for this clerk and still waiting for 受理. */
	private PermitCase waitingForClerk(long caseId, String actor) {
		PermitCase found = lockedForClerk(caseId, actor);
		requireWaiting(found);
		return found;
	}

	private PermitCase lockedForClerk(long caseId, String actor) {
		if (!records.lock(caseId)) {
			throw AcceptanceRefused.notFound();
		}
		PermitCase found = cases.findById(caseId).orElseThrow(AcceptanceRefused::notFound);
		if (found.number() == null || !access.clerk(actor, found.departmentId())) {
			throw AcceptanceRefused.notFound();
		}
		return found;
	}

	/** Refuses, naming who acted and when, a case no longer waiting for 受理. */
	private void requireWaiting(PermitCase found) {
		if (found.state() == PermitCaseState.SUBMITTED) {
			return;
		}
		HistoryEntry last = null;
		if (found.caseworkCaseId() != null) {
			List<HistoryEntry> history = casework.history(found.caseworkCaseId());
			for (HistoryEntry entry : history) {
				if (entry.toState() != null && entry.toState().equals(found.state().name())) {
					last = entry;
				}
			}
		}
		String who = last == null ? "" : last.actorName();
		String when = last == null ? "" : minute(last.at());
		throw AcceptanceRefused.alreadyHandled(number(found), who, when, found.state());
	}

	private List<CorrectionItem> items(Guide guide, List<NoticeLine> lines) {
		List<GuideMaterial> guideMaterials = guide.materials();
		List<CorrectionItem> items = new ArrayList<>();
		for (NoticeLine line : lines) {
			String reason = line.reason() == null ? "" : line.reason().strip();
			String name;
			if (line.material() != null) {
				if (line.material() < 0 || line.material() >= guideMaterials.size()) {
					throw AcceptanceRefused.of("permit.acceptance.refused.unknownMaterial");
				}
				name = guideMaterials.get(line.material()).name();
			}
			else {
				name = line.name() == null ? "" : line.name().strip();
				if (name.isEmpty() || name.length() > 200) {
					throw AcceptanceRefused.of("permit.acceptance.refused.itemName");
				}
			}
			if (reason.isEmpty() || reason.length() > 500) {
				throw AcceptanceRefused.of("permit.acceptance.refused.itemReason", name);
			}
			items.add(new CorrectionItem(line.material(), name, reason));
		}
		if (items.isEmpty()) {
			throw AcceptanceRefused.of("permit.acceptance.refused.noItems");
		}
		if (items.size() > 50) {
			throw AcceptanceRefused.of("permit.acceptance.refused.tooManyItems");
		}
		return items;
	}

	/**
	 * What {@code permit_case_material.material} holds for an upload of a notice item:
	 * the guide material's position, or for a written-in item
	 * {@code -1 - its position in the
	 * notice}.
	 */
	static int materialKey(CorrectionItem item, int position) {
		return item.material() != null ? item.material() : -1 - position;
	}

	private OpenStep clerkStep(PermitCase found) {
		return OpenStep.one(Assignee.unit(found.departmentId(), PermitRoles.RECEIVE, roleName("PERMIT_CLERK")));
	}

	private void move(PermitCase found, PermitCaseState to, String actor, @Nullable String decision,
			@Nullable String opinion, @Nullable OpenStep step) {
		Long caseId = found.caseworkCaseId();
		if (caseId == null) {
			return;
		}
		Transition transition = Transition.to(caseId, to, actor).because(decision, opinion);
		casework.transition(step == null ? transition : transition.opening(step));
	}

	private java.util.@Nullable UUID accountId(String username) {
		return accountManagement.find(username).map((account) -> account.id()).orElse(null);
	}

	private String roleName(String code) {
		return messages.getMessage("role." + code, null, code, Locale.SIMPLIFIED_CHINESE);
	}

	private String minute(Instant at) {
		return MINUTE.format(at.atZone(clock.getZone()));
	}

	private static String number(PermitCase found) {
		String number = found.number();
		return number == null ? String.valueOf(found.id()) : number;
	}

	private static String cut(String text, int limit) {
		return text.length() > limit ? text.substring(0, limit) : text;
	}

	private void record(String actor, String action, PermitCase found, String summary) {
		events.publishEvent(
				AuditableEvent.succeeded(clock.instant(), actor, action, OBJECT, number(found), cut(summary, 1000)));
	}

}
