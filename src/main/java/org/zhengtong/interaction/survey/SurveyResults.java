package org.zhengtong.interaction.survey;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhengtong.interaction.survey.SurveyRecords.TextAnswer;

/**
 * A survey's results as a chart and a table show them: per question, how many answered,
 * each choice's or point's count and share of those who answered (a 多选 question's shares
 * add up to more than 100 %), a scale's average, and the free text (approved only on the
 * portal).
 */
record SurveyResults(Survey survey, long responses, List<QuestionResult> questions) {

	record QuestionResult(SurveyQuestion question, long answered, List<Bar> bars, @Nullable String average,
			List<TextAnswer> texts) {

		/** The chart's height: a label line and a bar for each choice. */
		public int chartHeight() {
			return bars.size() * Bar.HEIGHT;
		}

	}

	/**
	 * @param percent of those who answered the question, rounded
	 */
	record Bar(int index, String label, long count, int percent) {

		static final int HEIGHT = 40;

		public int labelY() {
			return index * HEIGHT + 15;
		}

		public int barY() {
			return index * HEIGHT + 21;
		}

		/** Never quite zero, so an empty choice still shows where its bar would be. */
		public String width() {
			return Math.max(percent, 0.4) + "%";
		}

	}

}
