package org.zhengtong.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;
import org.zhengtong.platform.PlatformProperties;

/**
 * The application's clock in integration tests: the real time, in the platform's zone,
 * until a test {@link #set sets} it; then that instant, standing still until the test
 * {@link #advance advances} it. Every bean that injects {@link Clock} gets this one
 * ({@code @Primary} over the platform's), so domain code, jobs and pages see the test's
 * time. {@link TestClockReset} puts it back to the real time after every test method and
 * class, so no test leaks its time into another.
 *
 * <pre>
 * &#64;Autowired TestClock clock;
 *
 * clock.set(LocalDateTime.of(2026, 12, 31, 23, 59));
 * clock.advance(Duration.ofMinutes(2));   // now 2027-01-01 00:01 in Asia/Shanghai
 * </pre>
 *
 * The ShedLock locks and SQL {@code now()} keep the database's time; code that decides by
 * time reads the clock, never {@code now()} in SQL.
 */
@TestComponent
@Primary
public class TestClock extends Clock {

	private final ZoneId zone;

	private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();

	public TestClock(PlatformProperties properties) {
		this.zone = properties.timeZone();
	}

	/** Stops the clock at this instant. */
	public TestClock set(Instant instant) {
		fixed.set(instant);
		return this;
	}

	/** Stops the clock at this local time in the platform's zone (Asia/Shanghai). */
	public TestClock set(LocalDateTime localTime) {
		return set(localTime.atZone(zone).toInstant());
	}

	/**
	 * Moves the clock on (or back, with a negative amount); a clock still running the
	 * real time stops at the real time moved on.
	 */
	public TestClock advance(Duration amount) {
		fixed.getAndUpdate((current) -> (current != null ? current : Instant.now()).plus(amount));
		return this;
	}

	/** Back to the real time. */
	public void reset() {
		fixed.set(null);
	}

	/** Whether a test has set the clock. */
	public boolean isSet() {
		return fixed.get() != null;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		// A view in another zone that still follows this clock's instant.
		TestClock source = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return source.withZone(other);
			}

			@Override
			public Instant instant() {
				return source.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		Instant set = fixed.get();
		return set != null ? set : Instant.now();
	}

}
