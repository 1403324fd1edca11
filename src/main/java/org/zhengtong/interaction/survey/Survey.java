package org.zhengtong.interaction.survey;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * 网上调查 or 意见征集: its texts, the dates between which it takes answers, and, once closed,
 * its published results (with a consultation's 采纳情况). Changed only until it opens.
 */
@Entity
@Table(name = "interaction_survey")
public class Survey {

	/** What is stored: DRAFT, PUBLISHED (shown, open between its dates) or CLOSED. */
	enum State {

		DRAFT, PUBLISHED, CLOSED

	}

	@Id
	private UUID id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private SurveyKind kind;

	private String title;

	private String description;

	@Column(name = "draft_text")
	private @Nullable String draftText;

	@Column(name = "opens_at")
	private Instant opensAt;

	@Column(name = "closes_at")
	private Instant closesAt;

	@Enumerated(EnumType.STRING)
	private State state;

	@Column(name = "results_at")
	private @Nullable Instant resultsAt;

	private @Nullable String adoption;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	protected Survey() {
		this.id = UUID.randomUUID();
		this.kind = SurveyKind.SURVEY;
		this.title = "";
		this.description = "";
		this.opensAt = Instant.EPOCH;
		this.closesAt = Instant.EPOCH;
		this.state = State.DRAFT;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	static Survey draft(SurveyKind kind, String createdBy, Instant now) {
		Survey survey = new Survey();
		survey.kind = kind;
		survey.createdBy = createdBy;
		survey.createdAt = now;
		return survey;
	}

	/** Sets its texts and dates; only while it is editable. */
	void describe(String title, String description, @Nullable String draftText, Instant opensAt, Instant closesAt,
			Instant now) {
		if (!status(now).editable()) {
			throw SurveyRefused.notEditable();
		}
		if (!closesAt.isAfter(opensAt)) {
			throw SurveyRefused.badDates();
		}
		this.title = title;
		this.description = description;
		this.draftText = kind == SurveyKind.CONSULTATION ? draftText : null;
		this.opensAt = opensAt;
		this.closesAt = closesAt;
	}

	/** 发布: shown on the portal, taking answers from its open date to its close date. */
	void publish(Instant now) {
		if (state != State.DRAFT) {
			throw SurveyRefused.wrongState();
		}
		if (!closesAt.isAfter(now)) {
			throw SurveyRefused.closesInPast();
		}
		state = State.PUBLISHED;
	}

	/** 结束: takes no more answers from now. */
	void close(Instant now) {
		SurveyStatus status = status(now);
		if (status != SurveyStatus.OPEN && status != SurveyStatus.UPCOMING) {
			throw SurveyRefused.wrongState();
		}
		state = State.CLOSED;
		closedAt = now;
	}

	/** 公布结果, with a consultation's 采纳情况 (required for it). */
	void publishResults(@Nullable String adoption, Instant now) {
		if (status(now) != SurveyStatus.CLOSED) {
			throw SurveyRefused.notClosed();
		}
		if (resultsAt != null) {
			throw SurveyRefused.resultsPublished();
		}
		boolean blank = adoption == null || adoption.isBlank();
		if (kind == SurveyKind.CONSULTATION && blank) {
			throw SurveyRefused.adoptionMissing();
		}
		this.adoption = blank ? null : adoption.strip();
		this.resultsAt = now;
	}

	public SurveyStatus status(Instant now) {
		if (state == State.DRAFT) {
			return SurveyStatus.DRAFT;
		}
		if (state == State.CLOSED || !now.isBefore(closesAt)) {
			return SurveyStatus.CLOSED;
		}
		return now.isBefore(opensAt) ? SurveyStatus.UPCOMING : SurveyStatus.OPEN;
	}

	/** When it stopped taking answers (closed early, or its close date). */
	public Instant endedAt() {
		return closedAt != null && closedAt.isBefore(closesAt) ? closedAt : closesAt;
	}

	public UUID id() {
		return id;
	}

	public long version() {
		return version;
	}

	public SurveyKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public @Nullable String draftText() {
		return draftText;
	}

	public Instant opensAt() {
		return opensAt;
	}

	public Instant closesAt() {
		return closesAt;
	}

	public @Nullable Instant resultsAt() {
		return resultsAt;
	}

	public boolean resultsPublished() {
		return resultsAt != null;
	}

	public @Nullable String adoption() {
		return adoption;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	/** Shown on the portal: published or closed, never a draft. */
	public boolean publicToo() {
		return state != State.DRAFT;
	}

}
