package org.zhengtong.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.StepKind;

/**
 * A step: what a case waits for in one state. It closes exactly once (decided, withdrawn,
 * returned or cancelled by a transition).
 */
@Entity
@Table(name = "casework_step")
public class CaseStep {

	enum Status {

		OPEN, CLOSED, WITHDRAWN, RETURNED, CANCELLED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "case_id")
	private long caseId;

	private String state;

	@Enumerated(EnumType.STRING)
	private StepKind kind;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "opened_by")
	private @Nullable UUID openedBy;

	@Column(name = "opened_by_name")
	private String openedByName;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	private @Nullable String outcome;

	@Column(name = "clock_id")
	private @Nullable Long clockId;

	/** The state the case was in before the step opened (撤回 returns there). */
	@Column(name = "from_state")
	private @Nullable String fromState;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected CaseStep() {
	}

	CaseStep(long caseId, String state, StepKind kind, Actor opener, Instant at, @Nullable Long clockId,
			@Nullable String fromState) {
		this.caseId = caseId;
		this.state = state;
		this.kind = kind;
		this.status = Status.OPEN;
		this.openedBy = opener.id();
		this.openedByName = opener.name();
		this.openedAt = at;
		this.clockId = clockId;
		this.fromState = fromState;
	}

	void end(Status status, Instant at, @Nullable String outcome) {
		if (this.status != Status.OPEN) {
			throw new IllegalStateException("Step " + id + " is already " + this.status);
		}
		this.status = status;
		this.closedAt = at;
		this.outcome = outcome;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	long caseId() {
		return caseId;
	}

	String state() {
		return state;
	}

	StepKind kind() {
		return kind;
	}

	boolean open() {
		return status == Status.OPEN;
	}

	Status status() {
		return status;
	}

	@Nullable UUID openedBy() {
		return openedBy;
	}

	@Nullable Long clockId() {
		return clockId;
	}

	@Nullable String fromState() {
		return fromState;
	}

}
