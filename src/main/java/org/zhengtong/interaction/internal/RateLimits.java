package org.zhengtong.interaction.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attempts counted per kind and subject (an address or an account) in fixed windows, in
 * the database so that every instance counts the same attempts: one upsert per attempt,
 * exact under concurrency. A subject found over its limit is remembered by this instance
 * until its window ends, so a flood is refused from memory without touching the database.
 */
@Component
class RateLimits {

	/**
	 * What one count found: the attempt number in its window and when the window ends.
	 */
	record Count(int attempt, Instant windowEnd) {
	}

	private final Map<String, Instant> refusedUntil = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	/** Counts and spent challenges stay when the caller's transaction rolls back. */
	private final TransactionTemplate apart;

	private final Clock clock;

	RateLimits(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * When this subject may try again if it is known to be over its limit now, without
	 * counting; {@code null} otherwise.
	 */
	@Nullable Instant knownRefused(String kind, String subject) {
		Instant until = refusedUntil.get(kind + " " + subject);
		if (until == null) {
			return null;
		}
		if (!until.isAfter(clock.instant())) {
			refusedUntil.remove(kind + " " + subject, until);
			return null;
		}
		return until;
	}

	/** Counts one attempt of the subject in the window it falls in. */
	Count count(String kind, String subject, Duration window) {
		Instant now = clock.instant();
		long length = window.toMillis();
		Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
		Instant end = start.plus(window);
		Integer attempt = apart.execute((status) -> jdbc
			.sql("INSERT INTO interaction_rate_counter (kind, subject, window_start, window_end, attempts) "
					+ "VALUES (?, ?, ?, ?, 1) ON CONFLICT (kind, subject, window_start) "
					+ "DO UPDATE SET attempts = interaction_rate_counter.attempts + 1 RETURNING attempts")
			.params(kind, subject, Timestamp.from(start), Timestamp.from(end))
			.query(Integer.class)
			.single());
		return new Count(attempt == null ? 1 : attempt, end);
	}

	/** Remembers that the subject is refused until its window ends. */
	void refuse(String kind, String subject, Instant until) {
		refusedUntil.merge(kind + " " + subject, until, (a, b) -> a.isAfter(b) ? a : b);
	}

	/**
	 * The subject an address counts as: IPv4 as it is, IPv6 by its /64 (one household or
	 * machine holds a whole /64); {@code unknown} without an address.
	 */
	static String source(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		if (!address.contains(":")) {
			return address.length() > 64 ? address.substring(0, 64) : address;
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length != 16) {
				return address;
			}
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return prefix.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return address.length() > 64 ? address.substring(0, 64) : address;
		}
	}

	/** Forgets the refusals this instance remembers whose windows have ended. */
	@Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
	void forgetEnded() {
		Instant now = clock.instant();
		refusedUntil.values().removeIf((until) -> !until.isAfter(now));
	}

	/** Deletes the counters of windows that have ended. */
	int deleteEnded() {
		return jdbc.sql("DELETE FROM interaction_rate_counter WHERE window_end <= ?")
			.param(Timestamp.from(clock.instant()))
			.update();
	}

}
