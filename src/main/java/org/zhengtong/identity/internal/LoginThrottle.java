package org.zhengtong.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;

/**
 * Counts failed logins per client address in a window
 * ({@code zhengtong.login.max-failures-per-address} per
 * {@code zhengtong.login.address-window}); past the limit the address is turned away
 * before any password is hashed, whichever accounts it tries — the account lockout alone
 * would let one address try a few passwords on every account. Counted per application
 * instance, in memory.
 */
@Component
class LoginThrottle {

	private record Window(Instant start, int failures) {
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final AuditManagement audit;

	private final Clock clock;

	private final int limit;

	private final Duration window;

	LoginThrottle(AuditManagement audit, Clock clock,
			@Value("${zhengtong.login.max-failures-per-address:20}") int limit,
			@Value("${zhengtong.login.address-window:PT10M}") Duration window) {
		this.audit = audit;
		this.clock = clock;
		this.limit = limit;
		this.window = window;
	}

	/** Whether logins from this address are refused for now. */
	boolean refused(@Nullable String address) {
		Window current = address == null ? null : windows.get(address);
		return current != null && current.failures() >= limit && !expired(current);
	}

	void failed(@Nullable String address) {
		if (address == null) {
			return;
		}
		Window updated = windows.compute(address, (key, current) -> current == null || expired(current)
				? new Window(clock.instant(), 1) : new Window(current.start(), current.failures() + 1));
		if (updated.failures() == limit) {
			audit.recordApart(AuditableEvent
				.succeeded(clock.instant(), Actor.PLATFORM.name(), "identity.address-throttled", "address", address,
						"来自 " + address + " 的登录在 " + window.toMinutes() + " 分钟内失败 " + limit + " 次，暂停受理")
				.withOutcome(Outcome.DENIED)
				.withAddress(address));
		}
	}

	private boolean expired(Window current) {
		return current.start().plus(window).isBefore(clock.instant());
	}

	/** Forgets windows that have run out, so the map stays small. */
	@Scheduled(fixedDelay = 600_000)
	void forgetExpired() {
		windows.values().removeIf(this::expired);
	}

}
