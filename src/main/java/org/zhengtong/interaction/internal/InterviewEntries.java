package org.zhengtong.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.interaction.InterviewEntry;
import org.zhengtong.interaction.PublishedInterviews;

/**
 * {@link PublishedInterviews} in SQL: the announcement and guests, the approved questions
 * in the text shown, and the published transcript lines in the order they were published.
 */
@Repository
class InterviewEntries implements PublishedInterviews {

	private static final String COLUMNS = """
			SELECT i.id, i.title, i.title_en, i.summary, i.summary_en, i.starts_at,
			  ARRAY(SELECT g.name || '（' || g.post || '）' FROM interaction_interview_guest g
			        WHERE g.interview_id = i.id ORDER BY g.position) AS guests,
			  ARRAY(SELECT q.shown_text FROM interaction_interview_question q
			        WHERE q.interview_id = i.id AND q.state = 'APPROVED' ORDER BY q.asked_at, q.id) AS questions,
			  ARRAY(SELECT l.speaker || '：' || l.text FROM interaction_interview_line l
			        WHERE l.interview_id = i.id AND l.published_seq IS NOT NULL ORDER BY l.published_seq) AS lines
			FROM interaction_interview i""";

	private final JdbcClient jdbc;

	InterviewEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<InterviewEntry> published(UUID interview) {
		return jdbc.sql(COLUMNS + " WHERE i.id = ?").param(interview).query(InterviewEntries::entry).optional();
	}

	@Override
	public List<InterviewEntry> publishedAfter(@Nullable UUID after, int limit) {
		return jdbc.sql(COLUMNS + " WHERE (CAST(:after AS uuid) IS NULL OR i.id > :after) ORDER BY i.id LIMIT :limit")
			.param("after", after)
			.param("limit", limit)
			.query(InterviewEntries::entry)
			.list();
	}

	@Override
	public long publishedCount() {
		return jdbc.sql("SELECT count(*) FROM interaction_interview").query(Long.class).single();
	}

	private static InterviewEntry entry(ResultSet row, int n) throws SQLException {
		return new InterviewEntry(row.getObject("id", UUID.class), row.getString("title"), row.getString("title_en"),
				row.getString("summary"), row.getString("summary_en"), row.getTimestamp("starts_at").toInstant(),
				texts(row, "guests"), texts(row, "questions"), texts(row, "lines"));
	}

	private static List<String> texts(ResultSet row, String column) throws SQLException {
		java.sql.Array array = row.getArray(column);
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

}
