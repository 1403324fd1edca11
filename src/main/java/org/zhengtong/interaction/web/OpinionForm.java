package org.zhengtong.interaction.web;

import jakarta.validation.constraints.Size;

/** A leader's 意见 on a reply: optional when approving, required when returning. */
public class OpinionForm {

	@Size(max = 2000, message = "{interaction.reply.form.opinionLength}")
	private String opinion = "";

	public String getOpinion() {
		return opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

}
