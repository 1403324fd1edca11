package org.zhengtong.interaction.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/** Answers, results, moderation and the lists of surveys, in SQL. */
@Repository
class SurveyRecords {

	/** A row of a survey list. */
	record Row(UUID id, SurveyKind kind, String title, Instant opensAt, Instant closesAt, String state,
			@Nullable Instant resultsAt, long responses) {
	}

	/** A free-text answer with its moderation. */
	record TextAnswer(long id, UUID questionId, String text, @Nullable String publishedText, String moderation,
			@Nullable String moderatedBy, Instant submittedAt) {
	}

	/** How many answers each choice or scale point of a question got. */
	record Count(UUID questionId, int value, long count) {
	}

	private final JdbcClient jdbc;

	SurveyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of surveys: every one for editors, or only the published ones for the
	 * portal; newest open date first.
	 */
	PageOf<Row> list(boolean publicOnly, @Nullable SurveyKind kind, @Nullable String title, int page, int size) {
		ListQuery query = ListQuery
			.select("""
					s.id, s.kind, s.title, s.opens_at, s.closes_at, s.state, s.results_at,
					(SELECT count(*) FROM interaction_survey_response r WHERE r.survey_id = s.id) AS responses""",
					"interaction_survey s")
			.filter("s.kind = :kind", "kind", kind == null ? null : kind.name())
			.filterContains("s.title", "title", title)
			.sortable("opens", "s.opens_at")
			.tieBreaker("s.id")
			.defaultSort(ListSort.descending("opens"));
		if (publicOnly) {
			query.where("s.state <> 'DRAFT'");
		}
		return query.page(jdbc, null, page, size,
				(rs, n) -> new Row(rs.getObject("id", UUID.class), SurveyKind.valueOf(rs.getString("kind")),
						rs.getString("title"), rs.getTimestamp("opens_at").toInstant(),
						rs.getTimestamp("closes_at").toInstant(), rs.getString("state"),
						rs.getTimestamp("results_at") == null ? null : rs.getTimestamp("results_at").toInstant(),
						rs.getLong("responses")));
	}

	boolean answered(UUID survey, String voterKey) {
		return jdbc.sql("SELECT count(*) > 0 FROM interaction_survey_response WHERE survey_id = ? AND voter_key = ?")
			.params(survey, voterKey)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Stores who answered, unless they have: the database's unique voter key decides,
	 * also between simultaneous answers (the second waits for the first and then stores
	 * nothing, leaving its transaction usable for the refusal's audit).
	 * @return whether it was stored
	 */
	boolean insertResponse(UUID id, UUID survey, String voterKey, @Nullable UUID account, Instant at,
			@Nullable String address) {
		return jdbc.sql("""
				INSERT INTO interaction_survey_response (id, survey_id, voter_key, account_id, submitted_at, address)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT interaction_survey_one_answer DO NOTHING""")
			.params(id, survey, voterKey, account, Timestamp.from(at), address)
			.update() == 1;
	}

	void insertAnswer(UUID response, UUID question, @Nullable Integer choice, @Nullable Integer scale,
			@Nullable String text) {
		jdbc.sql("""
				INSERT INTO interaction_survey_answer (response_id, question_id, choice, scale_value, text, moderation)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(response, question, choice, scale, text, text == null ? null : "PENDING")
			.update();
	}

	long responses(UUID survey) {
		return jdbc.sql("SELECT count(*) FROM interaction_survey_response WHERE survey_id = ?")
			.param(survey)
			.query(Long.class)
			.single();
	}

	/** Per question, how many people answered it. */
	Map<UUID, Long> answeredPerQuestion(UUID survey) {
		Map<UUID, Long> counts = new HashMap<>();
		jdbc.sql("""
				SELECT a.question_id, count(DISTINCT a.response_id) AS n FROM interaction_survey_answer a
				JOIN interaction_survey_response r ON r.id = a.response_id
				WHERE r.survey_id = ? GROUP BY a.question_id""").param(survey).query((rs) -> {
			counts.put(rs.getObject("question_id", UUID.class), rs.getLong("n"));
		});
		return counts;
	}

	/** Answers per choice (choice questions) and per point (scales). */
	List<Count> counts(UUID survey) {
		return jdbc.sql("""
				SELECT a.question_id, coalesce(a.choice, a.scale_value) AS value, count(*) AS n
				FROM interaction_survey_answer a JOIN interaction_survey_response r ON r.id = a.response_id
				WHERE r.survey_id = ? AND (a.choice IS NOT NULL OR a.scale_value IS NOT NULL)
				GROUP BY a.question_id, coalesce(a.choice, a.scale_value)""")
			.param(survey)
			.query((rs, n) -> new Count(rs.getObject("question_id", UUID.class), rs.getInt("value"), rs.getLong("n")))
			.list();
	}

	/**
	 * Free-text answers of a survey: the approved ones only (the portal) or all, pending
	 * first (editors); at most {@code limit}.
	 */
	List<TextAnswer> texts(UUID survey, boolean approvedOnly, int limit) {
		return jdbc.sql("""
				SELECT a.id, a.question_id, a.text, a.published_text, a.moderation, a.moderated_by, r.submitted_at
				FROM interaction_survey_answer a JOIN interaction_survey_response r ON r.id = a.response_id
				WHERE r.survey_id = :survey AND a.text IS NOT NULL
				  AND (NOT :approvedOnly OR a.moderation = 'APPROVED')
				ORDER BY CASE a.moderation WHEN 'PENDING' THEN 0 ELSE 1 END, r.submitted_at, a.id
				LIMIT :limit""")
			.param("survey", survey)
			.param("approvedOnly", approvedOnly)
			.param("limit", limit)
			.query((rs, n) -> new TextAnswer(rs.getLong("id"), rs.getObject("question_id", UUID.class),
					rs.getString("text"), rs.getString("published_text"), rs.getString("moderation"),
					rs.getString("moderated_by"), rs.getTimestamp("submitted_at").toInstant()))
			.list();
	}

	/** The free-text answer, if it belongs to the survey. */
	@Nullable TextAnswer text(UUID survey, long answer) {
		return jdbc.sql("""
				SELECT a.id, a.question_id, a.text, a.published_text, a.moderation, a.moderated_by, r.submitted_at
				FROM interaction_survey_answer a JOIN interaction_survey_response r ON r.id = a.response_id
				WHERE r.survey_id = ? AND a.id = ? AND a.text IS NOT NULL FOR UPDATE OF a""")
			.params(survey, answer)
			.query((rs, n) -> new TextAnswer(rs.getLong("id"), rs.getObject("question_id", UUID.class),
					rs.getString("text"), rs.getString("published_text"), rs.getString("moderation"),
					rs.getString("moderated_by"), rs.getTimestamp("submitted_at").toInstant()))
			.optional()
			.orElse(null);
	}

	/**
	 * Approves (with the text to publish; the original stays) or hides a pending answer.
	 * @return whether it was still pending
	 */
	boolean moderate(long answer, String decision, @Nullable String published, String actor, Instant at) {
		return jdbc.sql("""
				UPDATE interaction_survey_answer SET moderation = ?, published_text = ?, moderated_by = ?,
				  moderated_at = ?, version = version + 1
				WHERE id = ? AND moderation = 'PENDING'""")
			.params(decision, published, actor, Timestamp.from(at), answer)
			.update() == 1;
	}

	long pending(UUID survey) {
		return jdbc
			.sql("""
					SELECT count(*) FROM interaction_survey_answer a JOIN interaction_survey_response r ON r.id = a.response_id
					WHERE r.survey_id = ? AND a.moderation = 'PENDING'""")
			.param(survey)
			.query(Long.class)
			.single();
	}

}
