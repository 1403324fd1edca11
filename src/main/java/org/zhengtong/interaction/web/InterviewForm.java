package org.zhengtong.interaction.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.interaction.internal.Interview;
import org.zhengtong.interaction.internal.MediaKind;

/** 访谈预告: what editors write to announce an interview (and later correct). */
class InterviewForm {

	/** Guest rows on the form; empty rows are left out. */
	static final int GUEST_ROWS = 5;

	@NotBlank(message = "{interaction.interview.form.titleMissing}")
	@Size(max = 200, message = "{interaction.interview.form.titleLength}")
	private String title = "";

	@Size(max = 300, message = "{interaction.interview.form.titleLength}")
	private String titleEn = "";

	@NotBlank(message = "{interaction.interview.form.summaryMissing}")
	@Size(max = 5000, message = "{interaction.interview.form.summaryLength}")
	private String summary = "";

	@Size(max = 5000, message = "{interaction.interview.form.summaryLength}")
	private String summaryEn = "";

	@NotNull(message = "{interaction.interview.form.startsAtMissing}")
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private @Nullable LocalDateTime startsAt;

	private @Nullable MediaKind mediaKind;

	@Size(max = 500, message = "{interaction.interview.form.mediaUrlLength}")
	private String mediaUrl = "";

	@Valid
	private List<GuestRow> guests = new ArrayList<>();

	private @Nullable MultipartFile picture;

	InterviewForm() {
		while (guests.size() < GUEST_ROWS) {
			guests.add(new GuestRow());
		}
	}

	static InterviewForm of(Interview interview, Clock clock) {
		InterviewForm form = new InterviewForm();
		form.title = interview.title();
		form.titleEn = interview.titleEn() == null ? "" : interview.titleEn();
		form.summary = interview.summary();
		form.summaryEn = interview.summaryEn() == null ? "" : interview.summaryEn();
		form.startsAt = LocalDateTime.ofInstant(interview.startsAt(), clock.getZone());
		form.mediaKind = interview.mediaKind();
		form.mediaUrl = interview.mediaUrl() == null ? "" : interview.mediaUrl();
		form.guests.clear();
		for (Interview.Guest guest : interview.guests()) {
			GuestRow row = new GuestRow();
			row.unit = guest.unitId();
			row.name = guest.name();
			row.post = guest.post();
			form.guests.add(row);
		}
		while (form.guests.size() < GUEST_ROWS) {
			form.guests.add(new GuestRow());
		}
		return form;
	}

	/** The guests filled in, in their order. */
	List<Interview.Guest> filledGuests() {
		List<Interview.Guest> filled = new ArrayList<>();
		for (GuestRow row : guests) {
			if (row.filled()) {
				filled.add(new Interview.Guest(java.util.Objects.requireNonNull(row.unit), row.name.strip(),
						row.post.strip()));
			}
		}
		return filled;
	}

	/** Whether each guest row is either empty or complete. */
	boolean guestRowsComplete() {
		return guests.stream().allMatch((row) -> row.empty() || row.filled());
	}

	Interview.Details toDetails(Clock clock) {
		LocalDateTime starts = java.util.Objects.requireNonNull(startsAt);
		return new Interview.Details(title.strip(), blankToNull(titleEn), summary.strip(), blankToNull(summaryEn),
				starts.atZone(clock.getZone()).toInstant(), mediaUrl.isBlank() ? null : mediaKind,
				blankToNull(mediaUrl), filledGuests());
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	/** One guest: the unit, the person's name and their post, as text. */
	static class GuestRow {

		private @Nullable UUID unit;

		@Size(max = 60, message = "{interaction.interview.form.guestLength}")
		private String name = "";

		@Size(max = 100, message = "{interaction.interview.form.guestLength}")
		private String post = "";

		boolean filled() {
			return unit != null && !name.isBlank() && !post.isBlank();
		}

		boolean empty() {
			return unit == null && name.isBlank() && post.isBlank();
		}

		public @Nullable UUID getUnit() {
			return unit;
		}

		public void setUnit(@Nullable UUID unit) {
			this.unit = unit;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPost() {
			return post;
		}

		public void setPost(String post) {
			this.post = post;
		}

	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getSummaryEn() {
		return summaryEn;
	}

	public void setSummaryEn(String summaryEn) {
		this.summaryEn = summaryEn;
	}

	public @Nullable LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(@Nullable LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public @Nullable MediaKind getMediaKind() {
		return mediaKind;
	}

	public void setMediaKind(@Nullable MediaKind mediaKind) {
		this.mediaKind = mediaKind;
	}

	public String getMediaUrl() {
		return mediaUrl;
	}

	public void setMediaUrl(String mediaUrl) {
		this.mediaUrl = mediaUrl;
	}

	public List<GuestRow> getGuests() {
		return guests;
	}

	public void setGuests(List<GuestRow> guests) {
		this.guests = guests;
	}

	public @Nullable MultipartFile getPicture() {
		return picture;
	}

	public void setPicture(@Nullable MultipartFile picture) {
		this.picture = picture;
	}

}
