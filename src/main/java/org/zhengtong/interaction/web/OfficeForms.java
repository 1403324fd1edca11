package org.zhengtong.interaction.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The forms of the receiving office's steps and the unit's objection. */
final class OfficeForms {

	private OfficeForms() {
	}

	/** 不予受理, 督办 and 异议: a reason the writer or the office reads. */
	static class ReasonForm {

		@NotBlank(message = "{interaction.office.form.reasonMissing}")
		@Size(max = 500, message = "{interaction.office.form.reasonTooLong}")
		private String reason = "";

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** 派单 to one unit. */
	static class AssignForm {

		@NotNull(message = "{interaction.office.form.unitMissing}")
		private @Nullable UUID unit;

		public @Nullable UUID getUnit() {
			return unit;
		}

		public void setUnit(@Nullable UUID unit) {
			this.unit = unit;
		}

	}

	/**
	 * 改派: from the unit the page showed holding the letter to another, with the reason
	 * kept in the letter's history.
	 */
	static class ReassignForm extends ReasonForm {

		@NotNull(message = "{interaction.office.form.unitMissing}")
		private @Nullable UUID from;

		@NotNull(message = "{interaction.office.form.unitMissing}")
		private @Nullable UUID unit;

		public @Nullable UUID getFrom() {
			return from;
		}

		public void setFrom(@Nullable UUID from) {
			this.from = from;
		}

		public @Nullable UUID getUnit() {
			return unit;
		}

		public void setUnit(@Nullable UUID unit) {
			this.unit = unit;
		}

	}

	/** 合并 into the letter with this number. */
	static class MergeForm {

		@NotBlank(message = "{interaction.office.form.numberMissing}")
		@Size(max = 20, message = "{interaction.office.form.numberMissing}")
		private String number = "";

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

	}

	/**
	 * 批量派单: the letters chosen in 待派单, to one unit, or each to the unit the 派单目录 proposes
	 * ({@code proposed}).
	 */
	static class BulkAssignForm {

		@NotEmpty(message = "{interaction.office.form.lettersMissing}")
		@Size(max = 200, message = "{interaction.office.form.tooMany}")
		private List<UUID> letters = new ArrayList<>();

		private @Nullable UUID unit;

		private boolean proposed;

		public List<UUID> getLetters() {
			return letters;
		}

		public void setLetters(List<UUID> letters) {
			this.letters = letters;
		}

		public @Nullable UUID getUnit() {
			return unit;
		}

		public void setUnit(@Nullable UUID unit) {
			this.unit = unit;
		}

		public boolean isProposed() {
			return proposed;
		}

		public void setProposed(boolean proposed) {
			this.proposed = proposed;
		}

	}

	/** A rule of the 派单目录. */
	static class RuleForm {

		@Size(max = 40, message = "{interaction.office.form.topicTooLong}")
		private String topic = "";

		@Size(max = 40, message = "{interaction.office.form.regionTooLong}")
		private String region = "";

		@NotNull(message = "{interaction.office.form.unitMissing}")
		private @Nullable UUID unit;

		public String getTopic() {
			return topic;
		}

		public void setTopic(String topic) {
			this.topic = topic;
		}

		public String getRegion() {
			return region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

		public @Nullable UUID getUnit() {
			return unit;
		}

		public void setUnit(@Nullable UUID unit) {
			this.unit = unit;
		}

	}

}
