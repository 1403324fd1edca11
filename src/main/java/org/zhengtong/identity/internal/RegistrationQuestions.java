package org.zhengtong.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.RegistrationGuard;

/**
 * Questions kept in the database (so any instance checks the answer, and an anonymous
 * visitor needs no session), spent when answered; registrations per address counted in
 * memory per instance, as {@link LoginThrottle} counts failed logins.
 */
@Service
class RegistrationQuestions implements RegistrationGuard {

	private static final Duration VALIDITY = Duration.ofMinutes(30);

	private static final Duration WINDOW = Duration.ofHours(1);

	private record Window(Instant start, int count) {
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final AuditManagement audit;

	private final Clock clock;

	private final int perAddress;

	private final SecureRandom random = new SecureRandom();

	RegistrationQuestions(JdbcClient jdbc, AuditManagement audit, Clock clock,
			@Value("${zhengtong.registration.per-address-per-hour:10}") int perAddress) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.perAddress = perAddress;
	}

	@Override
	public Question question() {
		Question question = new Question(UUID.randomUUID(), 1 + random.nextInt(9), 1 + random.nextInt(9));
		jdbc.sql("INSERT INTO identity_registration_question (id, answer, expires_at) VALUES (?, ?, ?)")
			.params(question.id(), question.first() + question.second(), Timestamp.from(clock.instant().plus(VALIDITY)))
			.update();
		return question;
	}

	@Override
	public boolean answered(@Nullable UUID question, String answer) {
		if (question == null) {
			return false;
		}
		Integer expected = jdbc
			.sql("DELETE FROM identity_registration_question WHERE id = ? AND expires_at > ? RETURNING answer")
			.params(question, Timestamp.from(clock.instant()))
			.query(Integer.class)
			.optional()
			.orElse(null);
		return expected != null && expected.equals(number(answer));
	}

	/** Digits, full-width digits too (a Chinese input method gives those). */
	private static @Nullable Integer number(String answer) {
		String text = answer.strip();
		if (text.isEmpty() || text.length() > 3) {
			return null;
		}
		int value = 0;
		for (char c : text.toCharArray()) {
			int digit = Character.digit(c, 10);
			if (digit < 0) {
				return null;
			}
			value = value * 10 + digit;
		}
		return value;
	}

	@Override
	public boolean admit(@Nullable String address) {
		String source = LoginGuard.source(address);
		Instant now = clock.instant();
		Window updated = windows.compute(source,
				(key, current) -> current == null || !current.start().plus(WINDOW).isAfter(now) ? new Window(now, 1)
						: new Window(current.start(), current.count() + 1));
		if (updated.count() == perAddress + 1) {
			audit.recordApart(AuditableEvent
				.succeeded(now, "anonymous", "identity.registration-throttled", "address", source,
						"来自 " + source + " 的注册在一小时内超过 " + perAddress + " 次，暂停受理")
				.withOutcome(Outcome.DENIED)
				.withAddress(address));
		}
		return updated.count() <= perAddress;
	}

	/** Forgets spent windows and unanswered questions that have run out. */
	@Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
	void forgetExpired() {
		Instant now = clock.instant();
		windows.values().removeIf((window) -> !window.start().plus(WINDOW).isAfter(now));
		jdbc.sql("DELETE FROM identity_registration_question WHERE expires_at <= ?")
			.param(Timestamp.from(now))
			.update();
	}

}
