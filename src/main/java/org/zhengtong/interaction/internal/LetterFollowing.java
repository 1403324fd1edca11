package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * 查询: how a writer finds their letter again — by number and 查询码 (anonymous writers;
 * look-ups go through the guard's throttle, and a wrong pair is audited), or as their own
 * in 我的来信 (writers with an account) — and 撤回, which a writer may do until the letter is
 * 受理ed.
 */
@Service
public class LetterFollowing {

	private final Letters letters;

	private final QueryCodes codes;

	private final LetterCases cases;

	private final SubmissionGuard guard;

	private final AuditManagement audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	LetterFollowing(Letters letters, QueryCodes codes, LetterCases cases, SubmissionGuard guard, AuditManagement audit,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.letters = letters;
		this.codes = codes;
		this.cases = cases;
		this.guard = guard;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The letter with this number, if {@code code} is its 查询码.
	 * @throws LetterRefused (not found) for an unknown number or a wrong code alike, so
	 * the answer never tells which numbers exist; audited as refused
	 * @throws SubmissionRefused over the look-up limit
	 */
	// No transaction here: the guard counts the look-up in one of its own, and the
	// refusal's audit entry is written apart.
	public Letter byCode(String number, String code, @Nullable String account, String address) {
		guard.check(new SubmissionGuard.Attempt("lookup", account, address, null, java.util.List.of()));
		Letter letter = letters.findByNumber(number.strip()).orElse(null);
		if (letter == null || !codes.matches(letter, code)) {
			audit.recordApart(AuditableEvent
				.succeeded(clock.instant(), account == null ? LetterSubmissions.ANONYMOUS : account,
						"interaction.letter.lookup", LetterSubmissions.ATTACHMENTS,
						letter == null ? null : letter.id().toString(), "查询来信：编号或查询码不对（" + clip(number) + "）")
				.withOutcome(Outcome.DENIED));
			throw LetterRefused.notFound();
		}
		return letter;
	}

	/**
	 * The writer's own letter.
	 * @throws LetterRefused (not found) for a letter of someone else, as if it did not
	 * exist
	 */
	@Transactional(readOnly = true)
	public Letter own(UUID id, UUID account) {
		return letters.findById(id)
			.filter((letter) -> account.equals(letter.writerAccountId()))
			.orElseThrow(LetterRefused::notFound);
	}

	/** A line of 我的来信. */
	public record Line(UUID id, String number, String door, String title, String state, Instant submittedAt,
			@Nullable Instant repliedAt) {

		public RequestState stateValue() {
			return RequestState.valueOf(state);
		}

	}

	/** 我的来信: the writer's letters, newest first, a page at a time. */
	public PageOf<Line> mine(UUID account, int page, int size) {
		return ListQuery
			.select("r.id, r.number, r.door, r.title, r.state, r.submitted_at, r.replied_at", "interaction_request r")
			.where("r.writer_account_id = :account")
			.param("account", account)
			.sortable("submitted", "r.submitted_at")
			.tieBreaker("r.id")
			.defaultSort(ListSort.descending("submitted"))
			.page(jdbc, null, page, size, (row, n) -> new Line(row.getObject("id", UUID.class), row.getString("number"),
					row.getString("door"), row.getString("title"), row.getString("state"),
					row.getTimestamp("submitted_at").toInstant(),
					row.getTimestamp("replied_at") == null ? null : row.getTimestamp("replied_at").toInstant()));
	}

	/**
	 * 撤回: the writer takes back a letter nobody has 受理ed yet; its waiting step ends.
	 * @throws LetterRefused when it was 受理ed (or ended) already; nothing changed, and the
	 * refusal audited
	 */
	@Transactional
	public Letter withdraw(Letter found, String actor) {
		Letter letter = letters.findById(found.id()).orElseThrow(LetterRefused::notFound);
		Instant now = clock.instant();
		try {
			letter.withdraw(now);
		}
		catch (LetterRefused refused) {
			audit
				.recordApart(AuditableEvent
					.succeeded(now, actor, "interaction.letter.withdraw", LetterSubmissions.ATTACHMENTS,
							letter.id().toString(), "撤回来信 " + letter.number() + "：已受理，不能撤回")
					.withOutcome(Outcome.DENIED));
			throw refused;
		}
		// The core knows accounts only: an anonymous writer's step is the system's.
		cases.move(letter, RequestState.WITHDRAWN,
				LetterSubmissions.ANONYMOUS.equals(actor) ? AccountManagement.SYSTEM : actor, null, null, null);
		events.publishEvent(AuditableEvent.succeeded(now, actor, "interaction.letter.withdraw",
				LetterSubmissions.ATTACHMENTS, letter.id().toString(), "撤回来信 " + letter.number()));
		return letter;
	}

	private static String clip(String text) {
		String stripped = text.strip();
		return stripped.length() > 30 ? stripped.substring(0, 30) + "…" : stripped;
	}

}
