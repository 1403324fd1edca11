package org.zhengtong.interaction.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** 我要提问: a question from the public to an interview. */
class QuestionForm {

	private @Nullable UUID interview;

	@Size(max = 60, message = "{interaction.interview.ask.nameLength}")
	private String name = "";

	@NotBlank(message = "{interaction.interview.ask.textMissing}")
	@Size(max = 500, message = "{interaction.interview.ask.textLength}")
	private String text = "";

	private String captchaToken = "";

	private String captchaAnswer = "";

	public @Nullable UUID getInterview() {
		return interview;
	}

	public void setInterview(@Nullable UUID interview) {
		this.interview = interview;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getCaptchaToken() {
		return captchaToken;
	}

	public void setCaptchaToken(String captchaToken) {
		this.captchaToken = captchaToken;
	}

	public String getCaptchaAnswer() {
		return captchaAnswer;
	}

	public void setCaptchaAnswer(String captchaAnswer) {
		this.captchaAnswer = captchaAnswer;
	}

}
