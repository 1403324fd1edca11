package org.zhengtong.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.ClockRefused;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.PauseKind;

/**
 * 期限: a clock counting a limit (a row of casework_clock) with its pauses. Its due and
 * warning instants are kept worked out ({@link #apply}), so lists sort and colour by
 * them; the database copies them, with the state, to the clock's open tasks in the same
 * transaction (V81), which is what the 待办 list reads. Only the columns changed are
 * written ({@link DynamicUpdate}), and the sweep's claims bump the version, so neither
 * overwrites the other.
 */
@Entity
@Table(name = "casework_clock")
@DynamicUpdate
class DeadlineClock {

	enum State {

		RUNNING, PAUSED, STOPPED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private String module;

	@Column(nullable = false)
	private String subject;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Measure measure;

	private int amount;

	@Column(nullable = false)
	private Instant startedAt;

	@Column(nullable = false, precision = 3, scale = 2)
	private BigDecimal warnShare;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	@Column(nullable = false)
	private Instant dueAt;

	@Column(nullable = false)
	private Instant warnAt;

	private boolean provisional;

	private @Nullable Instant stoppedAt;

	private int extendedBy;

	private @Nullable String extensionReason;

	private @Nullable Instant approachingPublishedAt;

	private @Nullable Instant missedPublishedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "clock_id", nullable = false)
	@OrderBy("startedAt, id")
	private List<ClockPause> pauses = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected DeadlineClock() {
	}

	DeadlineClock(String module, String subject, Measure measure, int amount, Instant startedAt, BigDecimal warnShare) {
		this.module = module;
		this.subject = subject;
		this.measure = measure;
		this.amount = amount;
		this.startedAt = startedAt;
		this.warnShare = warnShare;
		this.state = State.RUNNING;
		this.dueAt = startedAt;
		this.warnAt = startedAt;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	String module() {
		return module;
	}

	String subject() {
		return subject;
	}

	Measure measure() {
		return measure;
	}

	int amount() {
		return amount;
	}

	Instant startedAt() {
		return startedAt;
	}

	Instant dueAt() {
		return dueAt;
	}

	Instant warnAt() {
		return warnAt;
	}

	boolean provisional() {
		return provisional;
	}

	State state() {
		return state;
	}

	@Nullable Instant approachingPublishedAt() {
		return approachingPublishedAt;
	}

	@Nullable Instant missedPublishedAt() {
		return missedPublishedAt;
	}

	List<ClockPause> pauses() {
		return List.copyOf(pauses);
	}

	ClockPeriod period() {
		return new ClockPeriod(measure, amount, startedAt, warnShare, pauses.stream().map(ClockPause::stretch).toList(),
				extendedBy, extensionReason);
	}

	/**
	 * Takes newly worked-out dates. A warning already published is forgotten when the
	 * clock is no longer yellow at {@code now} (a holiday added or a pause moved it
	 * back), so it warns again when it turns yellow again; likewise a missed deadline
	 * that is no longer missed is reported again if the new date passes too. Marks of a
	 * clock whose colour did not move back are kept: nobody is told the same thing twice.
	 * @return whether anything changed
	 */
	boolean apply(WorkedOut worked, Instant now) {
		boolean changed = !worked.dueAt().equals(dueAt) || !worked.warnAt().equals(warnAt)
				|| worked.provisional() != provisional;
		dueAt = worked.dueAt();
		warnAt = worked.warnAt();
		provisional = worked.provisional();
		if (missedPublishedAt != null && !now.isAfter(dueAt)) {
			missedPublishedAt = null;
			changed = true;
		}
		if (approachingPublishedAt != null && now.isBefore(warnAt)) {
			approachingPublishedAt = null;
			changed = true;
		}
		return changed;
	}

	void pause(PauseKind kind, String reason, String actor, Instant at) {
		if (state == State.STOPPED) {
			throw ClockRefused.stopped(id());
		}
		if (state == State.PAUSED) {
			throw ClockRefused.alreadyPaused(id());
		}
		if (at.isBefore(lastMove())) {
			throw ClockRefused.beforeStart(id());
		}
		pauses.add(new ClockPause(kind, reason, at, actor));
		state = State.PAUSED;
	}

	void resume(String actor, Instant at) {
		if (state == State.STOPPED) {
			throw ClockRefused.stopped(id());
		}
		ClockPause open = openPause().orElseThrow(() -> ClockRefused.notPaused(id()));
		if (at.isBefore(open.startedAt())) {
			throw ClockRefused.beforeStart(id());
		}
		open.end(at, actor);
		state = State.RUNNING;
	}

	/** Lengthens the limit by {@code more} units; the reason is the latest one given. */
	void extend(int more, String reason) {
		if (state == State.STOPPED) {
			throw ClockRefused.stopped(id());
		}
		if (more < 1 || reason.isBlank() || reason.length() > 500) {
			throw ClockRefused.badExtension(id(), more);
		}
		extendedBy += more;
		extensionReason = reason.strip();
	}

	int extendedBy() {
		return extendedBy;
	}

	/**
	 * @return whether it was still open
	 */
	boolean stop(Instant at) {
		if (state == State.STOPPED) {
			return false;
		}
		openPause().ifPresent((open) -> open.end(at, "system"));
		state = State.STOPPED;
		stoppedAt = at;
		return true;
	}

	Optional<ClockPause> openPause() {
		return pauses.stream().filter(ClockPause::open).findFirst();
	}

	ClockColour colourAt(Instant at) {
		return switch (state) {
			case STOPPED -> ClockColour.STOPPED;
			case PAUSED -> ClockColour.PAUSED;
			case RUNNING ->
				at.isAfter(dueAt) ? ClockColour.RED : !at.isBefore(warnAt) ? ClockColour.YELLOW : ClockColour.GREEN;
		};
	}

	/** The start, or the end of the last pause: nothing may happen before it. */
	private Instant lastMove() {
		Instant last = startedAt;
		for (ClockPause pause : pauses) {
			Instant ended = pause.endedAt();
			if (ended != null && ended.isAfter(last)) {
				last = ended;
			}
		}
		return last;
	}

}
