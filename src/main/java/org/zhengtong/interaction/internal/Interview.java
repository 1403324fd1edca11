package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * 在线访谈: an interview with the leaders of a unit, announced with its time, guests and
 * summary (预告), then live (直播中) while editors publish its transcript line by line, then
 * ended (已结束) and kept as the archive. The methods keep the order of its states; the
 * service audits each change.
 */
@Entity
@Table(name = "interaction_interview")
public class Interview {

	@Id
	private UUID id;

	@Version
	private long version;

	private String title;

	@Column(name = "title_en")
	private @Nullable String titleEn;

	private String summary;

	@Column(name = "summary_en")
	private @Nullable String summaryEn;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Enumerated(EnumType.STRING)
	private InterviewState state;

	@Enumerated(EnumType.STRING)
	@Column(name = "media_kind")
	private @Nullable MediaKind mediaKind;

	@Column(name = "media_url")
	private @Nullable String mediaUrl;

	@Column(name = "picture_link")
	private @Nullable UUID pictureLink;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "opened_at")
	private @Nullable Instant openedAt;

	@Column(name = "ended_at")
	private @Nullable Instant endedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "interaction_interview_guest", joinColumns = @JoinColumn(name = "interview_id"))
	@OrderColumn(name = "position")
	private List<Guest> guests = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected Interview() {
	}

	public Interview(UUID id, Details details, String createdBy, Instant createdAt) {
		this.id = id;
		this.state = InterviewState.ANNOUNCED;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.title = details.title();
		this.startsAt = details.startsAt();
		this.summary = details.summary();
		describe(details);
	}

	/** Sets what the announcement says; possible in every state (the archive too). */
	public void describe(Details details) {
		this.title = details.title();
		this.titleEn = details.titleEn();
		this.summary = details.summary();
		this.summaryEn = details.summaryEn();
		this.startsAt = details.startsAt();
		this.mediaKind = details.mediaUrl() == null ? null : details.mediaKind();
		this.mediaUrl = details.mediaKind() == null ? null : details.mediaUrl();
		this.guests.clear();
		this.guests.addAll(details.guests());
	}

	/** 开始直播. */
	public void start(Instant at) {
		if (state != InterviewState.ANNOUNCED) {
			throw InterviewRefused.wrongState(state);
		}
		state = InterviewState.LIVE;
		openedAt = at;
	}

	/** 结束: from now on it is the archive. */
	public void end(Instant at) {
		if (state != InterviewState.LIVE) {
			throw InterviewRefused.wrongState(state);
		}
		state = InterviewState.ENDED;
		endedAt = at;
	}

	/** Whether the public may still send questions. */
	public boolean takesQuestions() {
		return state != InterviewState.ENDED;
	}

	public void picture(@Nullable UUID link) {
		this.pictureLink = link;
	}

	public UUID id() {
		return id;
	}

	public String title() {
		return title;
	}

	public @Nullable String titleEn() {
		return titleEn;
	}

	public String summary() {
		return summary;
	}

	public @Nullable String summaryEn() {
		return summaryEn;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public InterviewState state() {
		return state;
	}

	public @Nullable MediaKind mediaKind() {
		return mediaKind;
	}

	public @Nullable String mediaUrl() {
		return mediaUrl;
	}

	public @Nullable UUID pictureLink() {
		return pictureLink;
	}

	public String createdBy() {
		return createdBy;
	}

	public @Nullable Instant openedAt() {
		return openedAt;
	}

	public @Nullable Instant endedAt() {
		return endedAt;
	}

	public List<Guest> guests() {
		return List.copyOf(guests);
	}

	/** The title on the English site: its English title, or the Chinese one. */
	public String title(boolean english) {
		return english && titleEn != null ? titleEn : title;
	}

	/** The summary on the English site: its English summary, or the Chinese one. */
	public String summary(boolean english) {
		return english && summaryEn != null ? summaryEn : summary;
	}

	/** What the announcement says, as editors write it. */
	public record Details(String title, @Nullable String titleEn, String summary, @Nullable String summaryEn,
			Instant startsAt, @Nullable MediaKind mediaKind, @Nullable String mediaUrl, List<Guest> guests) {

		public Details {
			guests = List.copyOf(guests);
		}

	}

	/** 嘉宾: a leader of a unit, their name and post as text, as they were on the day. */
	@Embeddable
	public static class Guest {

		@Column(name = "unit_id")
		private UUID unitId;

		private String name;

		private String post;

		@SuppressWarnings("NullAway.Init")
		protected Guest() {
		}

		public Guest(UUID unitId, String name, String post) {
			this.unitId = unitId;
			this.name = name;
			this.post = post;
		}

		public UUID unitId() {
			return unitId;
		}

		public String name() {
			return name;
		}

		public String post() {
			return post;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Guest guest && guest.unitId.equals(unitId) && guest.name.equals(name)
					&& guest.post.equals(post);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(unitId, name, post);
		}

	}

}
