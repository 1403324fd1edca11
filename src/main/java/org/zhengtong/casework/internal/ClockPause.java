package org.zhengtong.casework.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.PauseKind;

/**
 * A stretch during which a clock stood (or stands) still: a row of casework_clock_pause.
 */
@Entity
@Table(name = "casework_clock_pause")
class ClockPause {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PauseKind kind;

	@Column(nullable = false)
	private String reason;

	@Column(nullable = false)
	private Instant startedAt;

	private @Nullable Instant endedAt;

	@Column(nullable = false)
	private String recordedBy;

	private @Nullable String endedBy;

	@SuppressWarnings("NullAway.Init")
	protected ClockPause() {
	}

	ClockPause(PauseKind kind, String reason, Instant startedAt, String recordedBy) {
		this.kind = kind;
		this.reason = reason;
		this.startedAt = startedAt;
		this.recordedBy = recordedBy;
	}

	boolean open() {
		return endedAt == null;
	}

	void end(Instant at, String actor) {
		this.endedAt = at;
		this.endedBy = actor;
	}

	Instant startedAt() {
		return startedAt;
	}

	@Nullable Instant endedAt() {
		return endedAt;
	}

	ClockPeriod.Stretch stretch() {
		return new ClockPeriod.Stretch(kind, startedAt, endedAt);
	}

	ClockView.Pause view() {
		return new ClockView.Pause(kind, reason, startedAt, endedAt, recordedBy);
	}

}
