package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.interaction.Door;

/**
 * Letters for tests, stored with their case as the public form leaves them: written
 * anonymously (王小红, 13900000123, a 查询码), 待受理 — or 待审核 when the change holds it.
 */
final class TestLetters {

	private final TransactionTemplate transactions;

	private final Letters letters;

	private final LetterCases cases;

	private final QueryCodes codes;

	private final Clock clock;

	TestLetters(TransactionTemplate transactions, Letters letters, LetterCases cases, QueryCodes codes, Clock clock) {
		this.transactions = transactions;
		this.letters = letters;
		this.cases = cases;
		this.codes = codes;
		this.clock = clock;
	}

	Letter write(Door door, String title, String body, boolean consent) {
		return write(door, title, body, consent, (letter) -> {
		});
	}

	/**
	 * A new letter; {@code change} describes, addresses or holds it before it is stored
	 * and its case started.
	 */
	Letter write(Door door, String title, String body, boolean consent, Consumer<Letter> change) {
		return transactions.execute((status) -> {
			UUID id = UUID.randomUUID();
			Letter letter = new Letter(id, "T" + id.toString().substring(0, 8), door, title, body,
					new Letter.Writer(null, "王小红", "13900000123", null, null, codes.hash(id, codes.generate())),
					consent, clock.instant());
			change.accept(letter);
			letters.save(letter);
			cases.start(letter, AccountManagement.SYSTEM);
			return letter;
		});
	}

}
