package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.RequestRejected;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;
import org.zhengtong.shared.Refusal;

/**
 * 审核: the participation editors' decisions on letters the guard held — release to 受理 (the
 * receiving office's 受理 step opens, on the door's clock from the day the letter arrived),
 * or 不予受理 with the reason the writer reads. Each decision is audited; a refused one (the
 * letter moved meanwhile) changes nothing and is audited as denied.
 */
@Component
public class Moderation {

	private final Letters letters;

	private final LetterCases cases;

	private final LetterAccess access;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final Clock clock;

	private final SensitiveWords words;

	Moderation(Letters letters, LetterCases cases, LetterAccess access, JdbcClient jdbc,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, AuditManagement audit,
			Clock clock, SensitiveWords words) {
		this.words = words;
		this.letters = letters;
		this.cases = cases;
		this.access = access;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The held letters, oldest first unless sorted otherwise, filtered by text and door.
	 */
	public PageOf<HeldLetter> queue(@Nullable String text, @Nullable Door door, @Nullable ListSort sort, int page,
			int size) {
		return ListQuery
			.select("r.id, r.number, r.door, r.title, r.held_reason, r.submitted_at, r.writer_account_id IS NOT NULL",
					"interaction_request r")
			.where("r.state = 'SCREENING'")
			.filter("(r.title ILIKE :text ESCAPE '\\' OR r.body ILIKE :text ESCAPE '\\' OR r.number ILIKE :text "
					+ "ESCAPE '\\' OR r.held_reason ILIKE :text ESCAPE '\\')", "text", ListQuery.containing(text))
			.filter("r.door = :door", "door", door == null ? null : door.name())
			.sortable("submitted", "r.submitted_at")
			.sortable("number", "r.number")
			.tieBreaker("r.id")
			.defaultSort(ListSort.ascending("submitted"))
			.page(jdbc, sort, page, size, (rs, n) -> new HeldLetter(rs.getObject(1, UUID.class), rs.getString(2),
					Door.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5) == null ? "" : rs.getString(5),
					rs.getTimestamp(6).toInstant(), rs.getBoolean(7)));
	}

	/** How many letters wait for moderation. */
	public long waiting() {
		return jdbc.sql("SELECT count(*) FROM interaction_request WHERE state = 'SCREENING'")
			.query(Long.class)
			.single();
	}

	/**
	 * 放行: the held letter goes on to 受理.
	 * @throws LetterRefused not found (also outside the moderator's reach), or the letter
	 * is no longer held
	 */
	public Letter release(UUID id, String actor) {
		return decide(id, actor, "interaction.moderation.released", (letter) -> {
			letter.release();
			cases.openAcceptance(letter, actor);
			return "审核放行：" + letter.number() + "（" + letter.heldReason() + "）";
		});
	}

	/**
	 * 不予受理 after moderation, with the reason the writer reads.
	 * @throws LetterRefused not found, or the letter is no longer held
	 */
	public Letter reject(UUID id, String reason, String actor) {
		String given = reason.strip();
		if (given.isEmpty() || given.length() > 500) {
			throw new IllegalArgumentException("A reason of 1 to 500 characters");
		}
		return decide(id, actor, "interaction.moderation.rejected", (letter) -> {
			if (letter.state() != RequestState.SCREENING) {
				throw LetterRefused.wrongState(letter.state());
			}
			letter.reject(given);
			cases.move(letter, RequestState.REJECTED, actor, "不予受理", given, null);
			events.publishEvent(new RequestRejected(letter.id(), letter.number(), given, clock.instant()));
			return "审核不予受理：" + letter.number() + "，理由：" + given;
		});
	}

	private interface Decision {

		String apply(Letter letter);

	}

	private Letter decide(UUID id, String actor, String action, Decision decision) {
		try {
			return transactions.execute((status) -> {
				Letter letter = access.readable(id, actor);
				String summary = decision.apply(letter);
				letters.saveAndFlush(letter);
				events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, action, "interaction.request",
						id.toString(), summary));
				return letter;
			});
		}
		catch (LetterRefused refused) {
			throw denied(id, actor, action, refused);
		}
		catch (ObjectOptimisticLockingFailureException | OptimisticLockException ex) {
			RequestState now = letters.findById(id).map(Letter::state).orElse(RequestState.SCREENING);
			throw denied(id, actor, action, LetterRefused.wrongState(now));
		}
		catch (Refusal refused) {
			throw denied(id, actor, action, refused);
		}
	}

	private <R extends Refusal> R denied(UUID id, String actor, String action, R refused) {
		audit.recordApart(
				AuditableEvent
					.succeeded(clock.instant(), actor, action, "interaction.request", id.toString(),
							"拒绝审核操作：" + refused.getMessage())
					.withOutcome(Outcome.DENIED));
		return refused;
	}

	/**
	 * The sensitive-word list.
	 *
	 * @param configured the words from the configuration (not editable here)
	 * @param edited the words editors keep
	 */
	public record WordList(Set<String> configured, List<SensitiveWords.EditedWord> edited) {
	}

	/** The sensitive-word list as it stands. */
	public WordList words() {
		return new WordList(words.configured(), words.edited());
	}

	/**
	 * Adds a word to the list (kept lower-case, without spaces); audited.
	 * @return the word as kept, or {@code null} when it is empty, too long or already on
	 * the list (nothing changed)
	 */
	public @Nullable String addWord(String word, String actor) {
		String kept = SensitiveWords.normalize(word);
		if (kept.isEmpty() || kept.length() > SensitiveWords.MAX_LENGTH || words.configured().contains(kept)
				|| !words.add(kept, actor)) {
			return null;
		}
		audit.record(AuditableEvent.succeeded(clock.instant(), actor, "interaction.moderation.word-added",
				"interaction.sensitive-word", kept, "添加敏感词：" + kept));
		return kept;
	}

	/** Removes a word editors added; audited. {@code false} when it was not there. */
	public boolean removeWord(String word, String actor) {
		String kept = SensitiveWords.normalize(word);
		if (!words.remove(kept)) {
			return false;
		}
		audit.record(AuditableEvent.succeeded(clock.instant(), actor, "interaction.moderation.word-removed",
				"interaction.sensitive-word", kept, "删除敏感词：" + kept));
		return true;
	}

}
