package org.zhengtong.interaction.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.zhengtong.interaction.RatingLevel;

/** The forms of the rating fragment: rate or re-open, by account or by number and 查询码. */
final class RatingForms {

	private RatingForms() {
	}

	/** 评价: a level and an optional comment; number and 查询码 when following by code. */
	static class RateForm {

		@NotNull(message = "{interaction.rating.form.levelMissing}")
		private @Nullable RatingLevel level;

		@Size(max = 500, message = "{interaction.rating.form.commentTooLong}")
		private @Nullable String comment;

		@Size(max = 20)
		private @Nullable String number;

		@Size(max = 20)
		private @Nullable String queryCode;

		public @Nullable RatingLevel getLevel() {
			return level;
		}

		public void setLevel(@Nullable RatingLevel level) {
			this.level = level;
		}

		public @Nullable String getComment() {
			return comment;
		}

		public void setComment(@Nullable String comment) {
			this.comment = comment;
		}

		public @Nullable String getNumber() {
			return number;
		}

		public void setNumber(@Nullable String number) {
			this.number = number;
		}

		public @Nullable String getQueryCode() {
			return queryCode;
		}

		public void setQueryCode(@Nullable String queryCode) {
			this.queryCode = queryCode;
		}

	}

	/** 重办: why; number and 查询码 when following by code. */
	static class ReopenForm {

		@NotBlank(message = "{interaction.rating.form.reasonMissing}")
		@Size(max = 500, message = "{interaction.rating.form.reasonTooLong}")
		private @Nullable String reason;

		@Size(max = 20)
		private @Nullable String number;

		@Size(max = 20)
		private @Nullable String queryCode;

		public @Nullable String getReason() {
			return reason;
		}

		public void setReason(@Nullable String reason) {
			this.reason = reason;
		}

		public @Nullable String getNumber() {
			return number;
		}

		public void setNumber(@Nullable String number) {
			this.number = number;
		}

		public @Nullable String getQueryCode() {
			return queryCode;
		}

		public void setQueryCode(@Nullable String queryCode) {
			this.queryCode = queryCode;
		}

	}

}
