package org.zhengtong.interaction.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The handler's reply, saved or submitted to the unit's leaders. */
public class ReplyForm {

	@NotBlank(message = "{interaction.reply.form.textMissing}")
	@Size(max = 5000, message = "{interaction.reply.form.textLength}")
	private String text = "";

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
