package org.zhengtong.interaction.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 查询: a letter's number and its 查询码. */
class FollowForm {

	@NotBlank(message = "{interaction.follow.numberMissing}")
	@Size(max = 20, message = "{interaction.follow.numberMissing}")
	private String number = "";

	@NotBlank(message = "{interaction.follow.codeMissing}")
	@Size(max = 20, message = "{interaction.follow.codeMissing}")
	private String code = "";

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
