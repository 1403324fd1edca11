package org.zhengtong.interaction.survey;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A survey's texts and dates as the editor's form sends them (times in the platform's
 * zone).
 */
class SurveyForm {

	private SurveyKind kind = SurveyKind.SURVEY;

	@NotBlank(message = "{interaction.survey.form.titleMissing}")
	@Size(max = 200, message = "{interaction.survey.form.titleTooLong}")
	private String title = "";

	@Size(max = 5000, message = "{interaction.survey.form.descriptionTooLong}")
	private String description = "";

	@Size(max = 50000, message = "{interaction.survey.form.draftTooLong}")
	private String draftText = "";

	@NotNull(message = "{interaction.survey.form.opensMissing}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private @Nullable LocalDateTime opensAt;

	@NotNull(message = "{interaction.survey.form.closesMissing}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private @Nullable LocalDateTime closesAt;

	private long version;

	static SurveyForm of(Survey survey, ZoneId zone) {
		SurveyForm form = new SurveyForm();
		form.kind = survey.kind();
		form.title = survey.title();
		form.description = survey.description();
		form.draftText = survey.draftText() == null ? "" : survey.draftText();
		form.opensAt = LocalDateTime.ofInstant(survey.opensAt(), zone);
		form.closesAt = LocalDateTime.ofInstant(survey.closesAt(), zone);
		form.version = survey.version();
		return form;
	}

	SurveyService.Description toDescription(ZoneId zone) {
		return new SurveyService.Description(title.strip(), description.strip(),
				draftText.isBlank() ? null : draftText.strip(), opensAt.atZone(zone).toInstant(),
				closesAt.atZone(zone).toInstant());
	}

	public SurveyKind getKind() {
		return kind;
	}

	public void setKind(SurveyKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDraftText() {
		return draftText;
	}

	public void setDraftText(String draftText) {
		this.draftText = draftText;
	}

	public @Nullable LocalDateTime getOpensAt() {
		return opensAt;
	}

	public void setOpensAt(@Nullable LocalDateTime opensAt) {
		this.opensAt = opensAt;
	}

	public @Nullable LocalDateTime getClosesAt() {
		return closesAt;
	}

	public void setClosesAt(@Nullable LocalDateTime closesAt) {
		this.closesAt = closesAt;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
