package org.zhengtong.interaction.web;

import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * 采用 or 不采用 a question; {@code text} is what the page shows (blank: the original,
 * masked).
 */
class ModerationForm {

	private @Nullable UUID question;

	@Size(max = 500, message = "{interaction.interview.ask.textLength}")
	private String text = "";

	public @Nullable UUID getQuestion() {
		return question;
	}

	public void setQuestion(@Nullable UUID question) {
		this.question = question;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
