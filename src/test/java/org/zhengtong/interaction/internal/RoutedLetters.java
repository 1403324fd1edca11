package org.zhengtong.interaction.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartClock;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.RequestState;

/**
 * Letters routed to a unit the way 派单 routes them (the office's part is built elsewhere):
 * stored, 受理, then moved to 已派单 with a step for the unit's handlers, a reply clock of its
 * own and the unit's assignment row. Built by each test from its beans (not a bean
 * itself, so the shared test context stays one).
 */
class RoutedLetters {

	private final Letters letters;

	private final LetterCases cases;

	private final QueryCodes codes;

	private final Deadlines deadlines;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	RoutedLetters(Letters letters, LetterCases cases, QueryCodes codes, Deadlines deadlines,
			TransactionTemplate transactions, JdbcClient jdbc) {
		this.letters = letters;
		this.cases = cases;
		this.codes = codes;
		this.deadlines = deadlines;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** An anonymous letter, 待受理, with the writer's name and e-mail. */
	Letter submitted(Door door, String title, String writerName, @Nullable String email, Instant at) {
		return transactions.execute((status) -> {
			UUID id = UUID.randomUUID();
			Letter letter = new Letter(id, "H3" + id.toString().substring(0, 8), door, title, "请尽快处理：" + title,
					new Letter.Writer(null, writerName, "13900000123", email, null, codes.hash(id, codes.generate())),
					true, at);
			// save merges a letter with its id already set: go on with the managed copy
			Letter stored = letters.save(letter);
			cases.start(stored, AccountManagement.SYSTEM);
			return stored;
		});
	}

	/**
	 * 受理 and 派单 to {@code unit} at {@code at}: a reply clock of {@code replyDays} working
	 * days from then.
	 */
	Letter routed(Letter submitted, UUID unit, int replyDays, Instant at) {
		return transactions.execute((status) -> {
			Letter letter = letters.findById(submitted.id()).orElseThrow();
			letter.accept(AccountManagement.SYSTEM, at);
			cases.move(letter, RequestState.ACCEPTED, AccountManagement.SYSTEM, null, null, null);
			long clock = deadlines.start(
					new StartClock("interaction", letter.number() + " 答复", Measure.WORKING_DAYS, replyDays, at, null));
			cases.move(letter, RequestState.ASSIGNED, AccountManagement.SYSTEM, null, null,
					OpenStep.one(Assignee.unit(unit, InteractionRoles.HANDLE, "来信承办人")));
			letter.assign(unit, clock);
			jdbc.sql("""
					INSERT INTO interaction_request_assignment (request_id, unit_id, assigned_at, assigned_by)
					VALUES (?, ?, ?, 'system')""").params(letter.id(), unit, Timestamp.from(at)).update();
			return letters.save(letter);
		});
	}

	/** Merges {@code duplicate} (待受理) into {@code into}, as the office does. */
	Letter merged(Letter duplicate, Letter into, Instant at) {
		return transactions.execute((status) -> {
			Letter letter = letters.findById(duplicate.id()).orElseThrow();
			letter.mergeInto(into.id(), at);
			cases.move(letter, RequestState.MERGED, AccountManagement.SYSTEM, null, null, null);
			return letters.save(letter);
		});
	}

	Letter reload(Letter letter) {
		return letters.findById(letter.id()).orElseThrow();
	}

}
