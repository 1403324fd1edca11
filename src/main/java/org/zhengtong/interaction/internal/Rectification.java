package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.zhengtong.interaction.FollowUpWay;
import org.zhengtong.interaction.RatingRefused;

/**
 * 差评整改: what a unit does about a bad rating — verify it, rectify, and follow up with the
 * rater (回访) within 15 working days.
 */
@Entity
@Table(name = "interaction_rectification")
class Rectification {

	enum Status {

		OPEN, CLOSED

	}

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "rating_id")
	private UUID ratingId;

	@Column(name = "unit_id")
	private UUID unitId;

	@Column(name = "case_id")
	private @Nullable Long caseId;

	@Column(name = "clock_id")
	private @Nullable Long clockId;

	@Enumerated(EnumType.STRING)
	private Status state;

	@Column(name = "opened_at")
	private Instant openedAt;

	private @Nullable String finding;

	@Column(name = "complaint_valid")
	private @Nullable Boolean complaintValid;

	private @Nullable String measures;

	@Column(name = "follow_up_on")
	private @Nullable LocalDate followUpOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "follow_up_way")
	private @Nullable FollowUpWay followUpWay;

	@Column(name = "follow_up_result")
	private @Nullable String followUpResult;

	@Column(name = "closed_by")
	private @Nullable String closedBy;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@SuppressWarnings("NullAway.Init")
	protected Rectification() {
	}

	Rectification(UUID id, UUID ratingId, UUID unitId, Instant openedAt) {
		this.id = id;
		this.ratingId = ratingId;
		this.unitId = unitId;
		this.state = Status.OPEN;
		this.openedAt = openedAt;
	}

	void attachCase(long caseId, @Nullable Long clockId) {
		this.caseId = caseId;
		this.clockId = clockId;
	}

	/** Records the verification, measures and follow-up, and closes it. */
	void close(boolean valid, String finding, String measures, LocalDate on, FollowUpWay way, String result, String by,
			Instant at) {
		if (state != Status.OPEN) {
			throw RatingRefused.closedBefore();
		}
		this.complaintValid = valid;
		this.finding = finding;
		this.measures = measures;
		this.followUpOn = on;
		this.followUpWay = way;
		this.followUpResult = result;
		this.closedBy = by;
		this.closedAt = at;
		this.state = Status.CLOSED;
	}

	UUID id() {
		return id;
	}

	UUID ratingId() {
		return ratingId;
	}

	UUID unitId() {
		return unitId;
	}

	@Nullable Long caseId() {
		return caseId;
	}

	@Nullable Long clockId() {
		return clockId;
	}

	Status state() {
		return state;
	}

	Instant openedAt() {
		return openedAt;
	}

	@Nullable String finding() {
		return finding;
	}

	@Nullable Boolean complaintValid() {
		return complaintValid;
	}

	@Nullable String measures() {
		return measures;
	}

	@Nullable LocalDate followUpOn() {
		return followUpOn;
	}

	@Nullable FollowUpWay followUpWay() {
		return followUpWay;
	}

	@Nullable String followUpResult() {
		return followUpResult;
	}

	@Nullable String closedBy() {
		return closedBy;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

}
