package org.zhengtong.interaction.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One person's answers as the public form sends them: {@code answers[questionId]} for 单选
 * (the choice's index), 打分 (the point) and 文字; {@code picked} the ticked 多选 boxes as
 * {@code questionId:index}; the phone and its code when not signed in with a public
 * account, and the captcha when not signed in at all.
 */
class AnswerForm {

	private @Nullable UUID survey;

	private Map<String, String> answers = new HashMap<>();

	private List<String> picked = new ArrayList<>();

	private String phone = "";

	private String code = "";

	/** The captcha a visitor who is not signed in answers. */
	private @Nullable String captchaToken;

	private @Nullable String captchaAnswer;

	public @Nullable String getCaptchaToken() {
		return captchaToken;
	}

	public void setCaptchaToken(@Nullable String captchaToken) {
		this.captchaToken = captchaToken;
	}

	public @Nullable String getCaptchaAnswer() {
		return captchaAnswer;
	}

	public void setCaptchaAnswer(@Nullable String captchaAnswer) {
		this.captchaAnswer = captchaAnswer;
	}

	SurveyService.Answers toAnswers() {
		return new SurveyService.Answers(answers, picked);
	}

	public @Nullable UUID getSurvey() {
		return survey;
	}

	public void setSurvey(@Nullable UUID survey) {
		this.survey = survey;
	}

	public Map<String, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = answers;
	}

	public List<String> getPicked() {
		return picked;
	}

	public void setPicked(List<String> picked) {
		this.picked = picked;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
