package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.HistoryEntry;
import org.zhengtong.permit.ApplicationRefused;
import org.zhengtong.permit.PermitCaseState;

/**
 * 办件查询: an applicant without an account (a window applicant, or one who shares the code)
 * follows a case by its 办件编号 and 查询码. Look-ups are counted per address in fixed windows
 * shared by every instance ({@value #LIMIT} in {@link #WINDOW}); a wrong pair is audited
 * as refused and answered like an unknown number, so the answer never tells which numbers
 * exist.
 */
@Service
public class CaseLookups {

	/** Look-ups an address may make in one {@link #WINDOW}. */
	public static final int LIMIT = 10;

	public static final Duration WINDOW = Duration.ofMinutes(10);

	private final PermitCases cases;

	private final ApplicationCodes codes;

	private final Casework casework;

	private final AuditManagement audit;

	private final LookupCounters counters;

	private final TransactionTemplate apart;

	private final Clock clock;

	CaseLookups(PermitCases cases, ApplicationCodes codes, Casework casework, AuditManagement audit,
			LookupCounters counters, PlatformTransactionManager transactions, Clock clock) {
		this.cases = cases;
		this.codes = codes;
		this.casework = casework;
		this.audit = audit;
		this.counters = counters;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Over the look-up limit: when to try again. */
	public static final class TooMany extends RuntimeException {

		private final Instant retryAt;

		TooMany(Instant retryAt) {
			super("Too many look-ups until " + retryAt);
			this.retryAt = retryAt;
		}

		public Instant retryAt() {
			return retryAt;
		}

	}

	/**
	 * The case with this number, if {@code code} is its 查询码.
	 * @param who the account name, or {@code null} for a visitor without one
	 * @throws ApplicationRefused (not found) for an unknown number or a wrong code alike
	 * @throws TooMany over the limit of the address
	 */
	public PermitCase byCode(String number, String code, @Nullable String who, String address) {
		Instant now = clock.instant();
		long length = WINDOW.toMillis();
		Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
		Instant end = start.plus(WINDOW);
		String subject = address.length() > 120 ? address.substring(0, 120) : address;
		Integer attempt = apart.execute((status) -> counters.count(subject, start, end));
		if (attempt != null && attempt > LIMIT) {
			throw new TooMany(end);
		}
		String normalized = number.strip().toUpperCase(Locale.ROOT);
		PermitCase found = cases.findByNumber(normalized).orElse(null);
		if (found == null || !codes.matches(found, code)) {
			audit
				.recordApart(AuditableEvent
					.succeeded(now, who == null ? "anonymous" : who, "permit.case.lookup", ApplicationService.MATERIALS,
							found == null ? null : String.valueOf(found.id()), "查询办件：编号或查询码不对（"
									+ (normalized.length() > 20 ? normalized.substring(0, 20) : normalized) + "）")
					.withOutcome(Outcome.DENIED));
			throw ApplicationRefused.notFound();
		}
		return found;
	}

	/** The owner's case by its number (drafts have none). */
	public PermitCase own(String number, java.util.UUID account) {
		return cases.findByNumber(number.strip().toUpperCase(Locale.ROOT))
			.filter((found) -> account.equals(found.applicantAccountId()))
			.orElseThrow(ApplicationRefused::notFound);
	}

	/** 办理过程 of a submitted case, oldest first (none for a draft). */
	public List<HistoryEntry> timeline(PermitCase permitCase) {
		Long core = permitCase.caseworkCaseId();
		if (core == null || permitCase.state() == PermitCaseState.DRAFT) {
			return List.of();
		}
		return casework.history(core);
	}

	/** The applicant's cases and drafts, newest first. */
	public List<PermitCase> mine(java.util.UUID account) {
		return cases.findByApplicantAccountIdOrderByCreatedAtDesc(account);
	}

	/** Deletes the look-up counters of windows that have ended. */
	@Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
	@SchedulerLock(name = "permit.lookup-cleanup", lockAtMostFor = "PT10M")
	void deleteEnded() {
		counters.deleteEnded(clock.instant());
	}

}
