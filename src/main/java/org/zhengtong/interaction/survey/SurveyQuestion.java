package org.zhengtong.interaction.survey;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One question of a survey: 单选 and 多选 with their choices (answers keep the choice's
 * index, so choices change only while the survey is not open), 打分 from {@code scaleMin}
 * to {@code scaleMax}, or 文字.
 */
@Entity
@Table(name = "interaction_survey_question")
public class SurveyQuestion {

	static final int MAX_CHOICES = 20;

	@Id
	private UUID id;

	@Column(name = "survey_id")
	private UUID surveyId;

	private int position;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	private String text;

	private boolean required;

	private String options;

	@Column(name = "scale_min")
	private int scaleMin;

	@Column(name = "scale_max")
	private int scaleMax;

	protected SurveyQuestion() {
		this.id = UUID.randomUUID();
		this.surveyId = UUID.randomUUID();
		this.kind = QuestionKind.TEXT;
		this.text = "";
		this.options = "";
	}

	/**
	 * A question; choices blank lines dropped.
	 * @throws SurveyRefused when a choice question has fewer than two or more than twenty
	 * choices, or a scale fewer than 2 or more than 10 points
	 */
	static SurveyQuestion of(UUID surveyId, int position, QuestionKind kind, String text, boolean required,
			List<String> choices, int scaleMin, int scaleMax) {
		SurveyQuestion question = new SurveyQuestion();
		question.surveyId = surveyId;
		question.position = position;
		question.kind = kind;
		question.text = text.strip();
		question.required = required;
		List<String> kept = choices.stream().map(String::strip).filter((c) -> !c.isEmpty()).toList();
		if (kind.choice()
				&& (kept.size() < 2 || kept.size() > MAX_CHOICES || kept.stream().anyMatch((c) -> c.length() > 200))) {
			throw SurveyRefused.questionInvalid();
		}
		if (kind == QuestionKind.SCALE && (scaleMax - scaleMin < 1 || scaleMax - scaleMin > 9 || scaleMin < 0)) {
			throw SurveyRefused.questionInvalid();
		}
		question.options = kind.choice() ? String.join("\n", kept) : "";
		question.scaleMin = kind == QuestionKind.SCALE ? scaleMin : 1;
		question.scaleMax = kind == QuestionKind.SCALE ? scaleMax : 5;
		return question;
	}

	public UUID id() {
		return id;
	}

	public UUID surveyId() {
		return surveyId;
	}

	public int position() {
		return position;
	}

	public QuestionKind kind() {
		return kind;
	}

	public String text() {
		return text;
	}

	public boolean required() {
		return required;
	}

	/** The choices, in order (empty for scale and text questions). */
	public List<String> choices() {
		return options.isEmpty() ? List.of() : Arrays.asList(options.split("\n"));
	}

	public int scaleMin() {
		return scaleMin;
	}

	public int scaleMax() {
		return scaleMax;
	}

	/** The points of the scale, lowest first. */
	public List<Integer> points() {
		return java.util.stream.IntStream.rangeClosed(scaleMin, scaleMax).boxed().toList();
	}

}
