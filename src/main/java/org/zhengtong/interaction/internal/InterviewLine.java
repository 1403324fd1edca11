package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One line of an interview's transcript (文字直播): who speaks and what they say, written by
 * an editor and published when approved. Published lines are numbered in the order they
 * went out, which is the order the public page shows and polls.
 */
@Entity
@Table(name = "interaction_interview_line")
public class InterviewLine {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "interview_id")
	private UUID interviewId;

	private String speaker;

	private String text;

	@Column(name = "question_id")
	private @Nullable UUID questionId;

	@Column(name = "written_by")
	private String writtenBy;

	@Column(name = "written_at")
	private Instant writtenAt;

	@Column(name = "published_seq")
	private @Nullable Long publishedSeq;

	@Column(name = "published_by")
	private @Nullable String publishedBy;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@SuppressWarnings("NullAway.Init")
	protected InterviewLine() {
	}

	public InterviewLine(UUID id, UUID interviewId, String speaker, String text, @Nullable UUID questionId,
			String writtenBy, Instant writtenAt) {
		this.id = id;
		this.interviewId = interviewId;
		this.speaker = speaker;
		this.text = text;
		this.questionId = questionId;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
	}

	/** Publishes the line as it reads now (the editor may correct it on the way). */
	public void publish(String speaker, String text, long seq, String editor, Instant at) {
		if (publishedSeq != null) {
			throw InterviewRefused.linePublished();
		}
		this.speaker = speaker;
		this.text = text;
		this.publishedSeq = seq;
		this.publishedBy = editor;
		this.publishedAt = at;
	}

	public boolean published() {
		return publishedSeq != null;
	}

	public UUID id() {
		return id;
	}

	public UUID interviewId() {
		return interviewId;
	}

	public String speaker() {
		return speaker;
	}

	public String text() {
		return text;
	}

	public @Nullable UUID questionId() {
		return questionId;
	}

	public String writtenBy() {
		return writtenBy;
	}

	public Instant writtenAt() {
		return writtenAt;
	}

	public @Nullable Long publishedSeq() {
		return publishedSeq;
	}

	public @Nullable Instant publishedAt() {
		return publishedAt;
	}

}
