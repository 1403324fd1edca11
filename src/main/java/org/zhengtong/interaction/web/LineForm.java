package org.zhengtong.interaction.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A transcript line as an editor writes it, or publishes it ({@code line} names the
 * written one then); {@code question} is the approved question it answers, if any.
 */
class LineForm {

	private @Nullable UUID line;

	private @Nullable UUID question;

	@NotBlank(message = "{interaction.interview.line.speakerMissing}")
	@Size(max = 100, message = "{interaction.interview.line.speakerLength}")
	private String speaker = "";

	@NotBlank(message = "{interaction.interview.line.textMissing}")
	@Size(max = 5000, message = "{interaction.interview.line.textLength}")
	private String text = "";

	public @Nullable UUID getLine() {
		return line;
	}

	public void setLine(@Nullable UUID line) {
		this.line = line;
	}

	public @Nullable UUID getQuestion() {
		return question;
	}

	public void setQuestion(@Nullable UUID question) {
		this.question = question;
	}

	public String getSpeaker() {
		return speaker;
	}

	public void setSpeaker(String speaker) {
		this.speaker = speaker;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
