package org.zhengtong.interaction.survey;

import java.util.Arrays;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A question as the editor adds it: choices one a line. */
class QuestionForm implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	@NotNull
	private QuestionKind kind = QuestionKind.SINGLE;

	@NotBlank(message = "{interaction.survey.form.questionMissing}")
	@Size(max = 500, message = "{interaction.survey.form.questionTooLong}")
	private String text = "";

	private boolean required;

	@Size(max = 4000, message = "{interaction.survey.form.choicesTooLong}")
	private String choices = "";

	private int scaleMin = 1;

	private int scaleMax = 5;

	SurveyService.NewQuestion toQuestion() {
		return new SurveyService.NewQuestion(kind, text, required, Arrays.asList(choices.split("\\R")), scaleMin,
				scaleMax);
	}

	public QuestionKind getKind() {
		return kind;
	}

	public void setKind(QuestionKind kind) {
		this.kind = kind;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public String getChoices() {
		return choices;
	}

	public void setChoices(String choices) {
		this.choices = choices;
	}

	public int getScaleMin() {
		return scaleMin;
	}

	public void setScaleMin(int scaleMin) {
		this.scaleMin = scaleMin;
	}

	public int getScaleMax() {
		return scaleMax;
	}

	public void setScaleMax(int scaleMax) {
		this.scaleMax = scaleMax;
	}

}
