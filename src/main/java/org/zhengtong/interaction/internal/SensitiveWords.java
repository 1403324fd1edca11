package org.zhengtong.interaction.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sensitive-word list: the words configured in
 * {@code zhengtong.interaction.guard.sensitive-words} (changed with the configuration)
 * and those editors keep in the workbench ({@code interaction_sensitive_word}). Each
 * instance reads the list at most every 30 seconds, so an edit reaches every instance
 * within that.
 */
@Component
class SensitiveWords {

	static final Duration REFRESH = Duration.ofSeconds(30);

	/** A word's length limit, as the column holds it. */
	static final int MAX_LENGTH = 50;

	private record Snapshot(Set<String> words, Instant readAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Set<String> configured;

	private volatile Snapshot snapshot = new Snapshot(Set.of(), Instant.EPOCH);

	SensitiveWords(JdbcClient jdbc, Clock clock, GuardProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		Set<String> words = new TreeSet<>();
		properties.sensitiveWords()
			.stream()
			.map(SensitiveWords::normalize)
			.filter((w) -> !w.isEmpty())
			.forEach(words::add);
		this.configured = Set.copyOf(words);
	}

	/** A word as it is kept and matched: stripped, lower-case, without inner spaces. */
	static String normalize(String word) {
		return word.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
	}

	/** The configured words, which the workbench cannot change. */
	Set<String> configured() {
		return new TreeSet<>(configured);
	}

	/** The words editors keep, with who added each and when. */
	List<EditedWord> edited() {
		return jdbc.sql("SELECT word, added_by, added_at FROM interaction_sensitive_word ORDER BY word")
			.query((rs, n) -> new EditedWord(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** A word editors added. */
	public record EditedWord(String word, String addedBy, Instant addedAt) {
	}

	/** Adds a word; {@code false} when it is already on the list. */
	boolean add(String word, String by) {
		int added = jdbc
			.sql("INSERT INTO interaction_sensitive_word (word, added_by, added_at) VALUES (?, ?, ?) "
					+ "ON CONFLICT DO NOTHING")
			.params(word, by, Timestamp.from(clock.instant()))
			.update();
		snapshot = new Snapshot(Set.of(), Instant.EPOCH);
		return added == 1;
	}

	/** Removes a word; {@code false} when it was not on the list. */
	boolean remove(String word) {
		int removed = jdbc.sql("DELETE FROM interaction_sensitive_word WHERE word = ?").param(word).update();
		snapshot = new Snapshot(Set.of(), Instant.EPOCH);
		return removed == 1;
	}

	/** The words found in the texts, in list order. */
	Set<String> foundIn(List<String> texts) {
		Set<String> words = current();
		Set<String> found = new TreeSet<>();
		for (String text : texts) {
			String plain = normalize(text);
			for (String word : words) {
				if (plain.contains(word)) {
					found.add(word);
				}
			}
		}
		return found;
	}

	private Set<String> current() {
		Snapshot now = snapshot;
		Instant time = clock.instant();
		if (now.readAt().plus(REFRESH).isBefore(time) || now.readAt().isAfter(time)) {
			Set<String> all = new TreeSet<>(configured);
			all.addAll(jdbc.sql("SELECT word FROM interaction_sensitive_word").query(String.class).list());
			now = new Snapshot(Set.copyOf(all), time);
			snapshot = now;
		}
		return now.words();
	}

}
