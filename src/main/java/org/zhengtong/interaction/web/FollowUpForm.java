package org.zhengtong.interaction.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.interaction.FollowUpWay;
import org.zhengtong.interaction.RecordFollowUp;

/** 回访记录: what closes a 差评's rectification. */
class FollowUpForm {

	@NotNull(message = "{interaction.rectification.form.validMissing}")
	private @Nullable Boolean complaintValid;

	@NotBlank(message = "{interaction.rectification.form.findingMissing}")
	@Size(max = 2000, message = "{interaction.rectification.form.tooLong}")
	private @Nullable String finding;

	@NotBlank(message = "{interaction.rectification.form.measuresMissing}")
	@Size(max = 2000, message = "{interaction.rectification.form.tooLong}")
	private @Nullable String measures;

	@NotNull(message = "{interaction.rectification.form.dateMissing}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate followUpOn;

	@NotNull(message = "{interaction.rectification.form.wayMissing}")
	private @Nullable FollowUpWay way;

	@NotBlank(message = "{interaction.rectification.form.resultMissing}")
	@Size(max = 2000, message = "{interaction.rectification.form.tooLong}")
	private @Nullable String result;

	@SuppressWarnings("NullAway")
	RecordFollowUp toCommand(UUID rectification, String actor) {
		return new RecordFollowUp(rectification, complaintValid, finding.strip(), measures.strip(), followUpOn, way,
				result.strip(), actor);
	}

	public @Nullable Boolean getComplaintValid() {
		return complaintValid;
	}

	public void setComplaintValid(@Nullable Boolean complaintValid) {
		this.complaintValid = complaintValid;
	}

	public @Nullable String getFinding() {
		return finding;
	}

	public void setFinding(@Nullable String finding) {
		this.finding = finding;
	}

	public @Nullable String getMeasures() {
		return measures;
	}

	public void setMeasures(@Nullable String measures) {
		this.measures = measures;
	}

	public @Nullable LocalDate getFollowUpOn() {
		return followUpOn;
	}

	public void setFollowUpOn(@Nullable LocalDate followUpOn) {
		this.followUpOn = followUpOn;
	}

	public @Nullable FollowUpWay getWay() {
		return way;
	}

	public void setWay(@Nullable FollowUpWay way) {
		this.way = way;
	}

	public @Nullable String getResult() {
		return result;
	}

	public void setResult(@Nullable String result) {
		this.result = result;
	}

}
