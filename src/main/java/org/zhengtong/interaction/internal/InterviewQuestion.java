package org.zhengtong.interaction.internal;

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
 * 网友提问: a question the public sent to an interview, before or during it. It stays hidden
 * until an editor approves it; the text shown is the approved one, the original is kept
 * as it was sent.
 */
@Entity
@Table(name = "interaction_interview_question")
public class InterviewQuestion {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "interview_id")
	private UUID interviewId;

	@Column(name = "asker_account_id")
	private @Nullable UUID askerAccountId;

	@Column(name = "asker_name")
	private String askerName;

	private String original;

	@Column(name = "shown_text")
	private @Nullable String shownText;

	@Enumerated(EnumType.STRING)
	private QuestionState state;

	@Column(name = "held_reason")
	private @Nullable String heldReason;

	@Column(name = "client_address")
	private @Nullable String clientAddress;

	@Column(name = "asked_at")
	private Instant askedAt;

	@Column(name = "moderated_by")
	private @Nullable String moderatedBy;

	@Column(name = "moderated_at")
	private @Nullable Instant moderatedAt;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	@SuppressWarnings("NullAway.Init")
	protected InterviewQuestion() {
	}

	public InterviewQuestion(UUID id, UUID interviewId, @Nullable UUID askerAccountId, String askerName,
			String original, @Nullable String heldReason, @Nullable String clientAddress, Instant askedAt) {
		this.id = id;
		this.interviewId = interviewId;
		this.askerAccountId = askerAccountId;
		this.askerName = askerName;
		this.original = original;
		this.heldReason = heldReason;
		this.clientAddress = clientAddress;
		this.askedAt = askedAt;
		this.state = QuestionState.PENDING;
	}

	/** 采用: shown from now on, in this text (the original stays as it was). */
	public void approve(String text, String editor, Instant at) {
		if (state != QuestionState.PENDING) {
			throw InterviewRefused.questionModerated();
		}
		state = QuestionState.APPROVED;
		shownText = text;
		moderatedBy = editor;
		moderatedAt = at;
	}

	/** 不采用: kept, never shown. */
	public void reject(String editor, Instant at) {
		if (state != QuestionState.PENDING) {
			throw InterviewRefused.questionModerated();
		}
		state = QuestionState.REJECTED;
		moderatedBy = editor;
		moderatedAt = at;
	}

	/** A published line answered it (the first such line's time is kept). */
	public void answered(Instant at) {
		if (answeredAt == null) {
			answeredAt = at;
		}
	}

	public UUID id() {
		return id;
	}

	public UUID interviewId() {
		return interviewId;
	}

	public @Nullable UUID askerAccountId() {
		return askerAccountId;
	}

	public String askerName() {
		return askerName;
	}

	public String original() {
		return original;
	}

	public @Nullable String shownText() {
		return shownText;
	}

	public QuestionState state() {
		return state;
	}

	public @Nullable String heldReason() {
		return heldReason;
	}

	public Instant askedAt() {
		return askedAt;
	}

	public @Nullable String moderatedBy() {
		return moderatedBy;
	}

	public @Nullable Instant answeredAt() {
		return answeredAt;
	}

}
