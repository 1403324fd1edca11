package org.zhengtong.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.ClockRefused;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.PauseKind;
import org.zhengtong.casework.StartClock;
import org.zhengtong.platform.PlatformProperties;

/**
 * The deadline clocks: each change loads the clock, applies it and works its dates out
 * again on the calendar ({@link ClockArithmetic}). Pausing and resuming change a legal
 * deadline and are audited. The {@code …(at)} variants take the instant explicitly
 * (tests, and callers recording something that happened earlier); the public ones read
 * the platform clock.
 */
@Service
@Transactional
class DeadlineService implements Deadlines {

	private final DeadlineClocks clocks;

	private final ClockArithmetic arithmetic;

	private final DeadlineProperties properties;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final Clock clock;

	private final ZoneId zone;

	DeadlineService(DeadlineClocks clocks, CalendarManagement calendar, PlatformProperties platform,
			DeadlineProperties properties, ApplicationEventPublisher events, AuditManagement audit, Clock clock) {
		this.clocks = clocks;
		this.arithmetic = new ClockArithmetic(calendar, platform.timeZone());
		this.properties = properties;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.zone = platform.timeZone();
	}

	@Override
	public long start(StartClock start) {
		BigDecimal share = start.warnShare() == null ? properties.warnShare()
				: BigDecimal.valueOf(start.warnShare()).setScale(2, RoundingMode.HALF_UP);
		if (start.amount() < 1 || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
			throw ClockRefused.badLimit(start.amount(), share);
		}
		DeadlineClock started = new DeadlineClock(start.module(), start.subject(), start.measure(), start.amount(),
				start.startedAt(), share);
		started.apply(arithmetic.work(started.period()), clock.instant());
		return clocks.save(started).id();
	}

	@Override
	public void pause(long id, PauseKind kind, String reason, String actor) {
		pause(id, kind, reason, actor, clock.instant());
	}

	void pause(long id, PauseKind kind, String reason, String actor, Instant at) {
		DeadlineClock paused = load(id);
		refusedApart("casework.clock-paused", id, actor, () -> paused.pause(kind, reason, actor, at));
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "casework.clock-paused", "casework_clock",
				Long.toString(id), "期限暂停（" + kind + "）：" + paused.subject() + "；" + reason));
	}

	@Override
	public void resume(long id, String actor) {
		resume(id, actor, clock.instant());
	}

	void resume(long id, String actor, Instant at) {
		DeadlineClock resumed = load(id);
		Instant before = resumed.dueAt();
		refusedApart("casework.clock-resumed", id, actor, () -> resumed.resume(actor, at));
		resumed.apply(arithmetic.work(resumed.period()), clock.instant());
		events.publishEvent(
				AuditableEvent
					.succeeded(clock.instant(), actor, "casework.clock-resumed", "casework_clock", Long.toString(id),
							"期限恢复计算：" + resumed.subject())
					.withChange(before.toString(), resumed.dueAt().toString()));
	}

	@Override
	public void extend(long id, int amount, String reason, String actor) {
		DeadlineClock extended = load(id);
		Instant before = extended.dueAt();
		refusedApart("casework.clock-extended", id, actor, () -> extended.extend(amount, reason));
		extended.apply(arithmetic.work(extended.period()), clock.instant());
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor, "casework.clock-extended", "casework_clock", Long.toString(id),
					"期限延长 " + amount + "：" + extended.subject() + "；" + reason)
			.withChange(before.toString(), extended.dueAt().toString()));
	}

	@Override
	public void stop(long id) {
		stop(id, clock.instant());
	}

	void stop(long id, Instant at) {
		load(id).stop(at);
	}

	@Override
	@Transactional(readOnly = true)
	public ClockView view(long id) {
		DeadlineClock found = load(id);
		WorkedOut worked = arithmetic.work(found.period());
		return new ClockView(found.id(), found.module(), found.subject(), found.measure(), found.amount(),
				found.startedAt(), found.dueAt().atZone(zone).toLocalDate(),
				found.dueAt().atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES), found.dueAt(),
				found.warnAt(), found.colourAt(clock.instant()), found.provisional(),
				found.pauses().stream().map(ClockPause::view).toList(), worked.explanation());
	}

	@Override
	@Transactional(readOnly = true)
	public ClockColour colourAt(long id, @Nullable Instant at) {
		return load(id).colourAt(at == null ? clock.instant() : at);
	}

	/**
	 * Works the clock's dates out again on the calendar as it is now.
	 * @return whether they changed
	 */
	boolean recompute(DeadlineClock open, Instant now) {
		return open.apply(arithmetic.work(open.period()), now);
	}

	/**
	 * A refused pause or resume changes nothing (the transaction rolls back) and leaves a
	 * DENIED entry, written in a transaction of its own.
	 */
	private void refusedApart(String action, long id, String actor, Runnable change) {
		try {
			change.run();
		}
		catch (ClockRefused refused) {
			audit.recordApart(
					AuditableEvent
						.succeeded(clock.instant(), actor, action, "casework_clock", Long.toString(id),
								"拒绝：" + refused.getMessage())
						.withOutcome(Outcome.DENIED));
			throw refused;
		}
	}

	private DeadlineClock load(long id) {
		return clocks.findById(id).orElseThrow(() -> ClockRefused.notFound(id));
	}

}
