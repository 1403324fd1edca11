package org.zhengtong.interaction.internal;

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

/**
 * 派单记录: one unit a letter was routed to, from 派单 until the unit answered, objected (异议),
 * or the office moved or merged the letter. Statistics count each unit's own time, so the
 * unit that held a letter longest is the one blamed for it.
 */
@Entity
@Table(name = "interaction_request_assignment")
public class Assignment {

	/** Why a unit stopped holding the letter. */
	public enum EndReason {

		/** The unit objected and the letter went back to the office. */
		OBJECTED,
		/** The office moved it to another unit. */
		REASSIGNED,
		/** The unit's reply was sent. */
		ANSWERED,
		/** The letter was merged into another one. */
		MERGED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "request_id")
	private UUID requestId;

	@Column(name = "unit_id")
	private UUID unitId;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	@Column(name = "assigned_by")
	private String assignedBy;

	@Column(name = "ended_at")
	private @Nullable Instant endedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "end_reason")
	private @Nullable EndReason endReason;

	private @Nullable String objection;

	@SuppressWarnings("NullAway.Init")
	protected Assignment() {
	}

	Assignment(UUID requestId, UUID unitId, Instant assignedAt, String assignedBy) {
		this.requestId = requestId;
		this.unitId = unitId;
		this.assignedAt = assignedAt;
		this.assignedBy = assignedBy;
	}

	/** The unit objects: the letter is not theirs, for this reason. */
	void objected(String reason, Instant at) {
		end(EndReason.OBJECTED, at);
		this.objection = reason;
	}

	/** The unit no longer holds the letter (answered, moved or merged). */
	public void end(EndReason reason, Instant at) {
		if (endedAt != null) {
			throw new IllegalStateException("Assignment " + id + " ended before");
		}
		this.endedAt = at;
		this.endReason = reason;
	}

	public Long id() {
		return id;
	}

	public UUID requestId() {
		return requestId;
	}

	public UUID unitId() {
		return unitId;
	}

	public Instant assignedAt() {
		return assignedAt;
	}

	public String assignedBy() {
		return assignedBy;
	}

	public @Nullable Instant endedAt() {
		return endedAt;
	}

	public @Nullable EndReason endReason() {
		return endReason;
	}

	public @Nullable String objection() {
		return objection;
	}

	public boolean open() {
		return endedAt == null;
	}

}
