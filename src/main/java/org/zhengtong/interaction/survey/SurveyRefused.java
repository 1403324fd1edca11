package org.zhengtong.interaction.survey;

import org.zhengtong.shared.Refusal;

/** A step on a survey the rules refuse; nothing was changed. */
public class SurveyRefused extends Refusal {

	private SurveyRefused(String key, String message, Object... arguments) {
		super("interaction.survey.refused." + key, message, arguments);
	}

	public static SurveyRefused notFound() {
		return new SurveyRefused("notFound", "No such survey");
	}

	/** Changed only until it opens. */
	public static SurveyRefused notEditable() {
		return new SurveyRefused("notEditable", "The survey is open or closed and can no longer be changed");
	}

	/** Someone else saved it meanwhile (optimistic lock). */
	public static SurveyRefused changedMeanwhile() {
		return new SurveyRefused("changedMeanwhile", "The survey was changed meanwhile");
	}

	public static SurveyRefused noQuestions() {
		return new SurveyRefused("noQuestions", "A survey needs a question before it opens");
	}

	public static SurveyRefused closesInPast() {
		return new SurveyRefused("closesInPast", "The close date has passed");
	}

	public static SurveyRefused badDates() {
		return new SurveyRefused("badDates", "The close date must be after the open date");
	}

	public static SurveyRefused notOpen() {
		return new SurveyRefused("notOpen", "The survey is not taking answers");
	}

	public static SurveyRefused notClosed() {
		return new SurveyRefused("notClosed", "Results are published once the survey has closed");
	}

	public static SurveyRefused wrongState() {
		return new SurveyRefused("wrongState", "Not possible where the survey stands now");
	}

	public static SurveyRefused adoptionMissing() {
		return new SurveyRefused("adoptionMissing", "A consultation's results need its 采纳情况");
	}

	public static SurveyRefused resultsPublished() {
		return new SurveyRefused("resultsPublished", "The results are already published");
	}

	/** One answer per person: this account or phone answered already. */
	public static SurveyRefused alreadyAnswered() {
		return new SurveyRefused("alreadyAnswered", "This person has answered the survey already");
	}

	/** An answer needs a verified person: a public account or a phone with its code. */
	public static SurveyRefused notVerified() {
		return new SurveyRefused("notVerified", "Sign in or verify a phone to answer");
	}

	public static SurveyRefused wrongCode() {
		return new SurveyRefused("wrongCode", "Wrong, used or expired code");
	}

	public static SurveyRefused badPhone() {
		return new SurveyRefused("badPhone", "Not a mainland mobile number");
	}

	public static SurveyRefused tooManyCodes() {
		return new SurveyRefused("tooManyCodes", "Too many codes asked for; try later");
	}

	/**
	 * @param question the question's text, as shown
	 */
	public static SurveyRefused required(String question) {
		return new SurveyRefused("required", "Required question unanswered", question);
	}

	/**
	 * @param question the question's text, as shown
	 */
	public static SurveyRefused invalidAnswer(String question) {
		return new SurveyRefused("invalidAnswer", "Answer not among the question's choices", question);
	}

	public static SurveyRefused textTooLong(String question) {
		return new SurveyRefused("textTooLong", "Text answer too long", question);
	}

	public static SurveyRefused questionInvalid() {
		return new SurveyRefused("questionInvalid",
				"A choice question needs two to twenty choices; a scale 2 to 10 points");
	}

	public static SurveyRefused notPending() {
		return new SurveyRefused("notPending", "The answer was moderated meanwhile");
	}

}
