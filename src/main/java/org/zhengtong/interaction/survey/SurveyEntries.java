package org.zhengtong.interaction.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.interaction.PublishedSurveys;
import org.zhengtong.interaction.SurveyEntry;

/**
 * {@link PublishedSurveys} in SQL: every survey but a draft, its 采纳情况 only once the
 * results are published.
 */
@Repository
class SurveyEntries implements PublishedSurveys {

	private static final String COLUMNS = """
			SELECT id, kind, title, description, CASE WHEN results_at IS NULL THEN NULL ELSE adoption END AS adoption,
			       opens_at FROM interaction_survey WHERE state <> 'DRAFT'""";

	private final JdbcClient jdbc;

	SurveyEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<SurveyEntry> published(UUID survey) {
		return jdbc.sql(COLUMNS + " AND id = ?").param(survey).query(SurveyEntries::entry).optional();
	}

	@Override
	public List<SurveyEntry> publishedAfter(@Nullable UUID after, int limit) {
		return jdbc.sql(COLUMNS + " AND (CAST(:after AS uuid) IS NULL OR id > :after) ORDER BY id LIMIT :limit")
			.param("after", after)
			.param("limit", limit)
			.query(SurveyEntries::entry)
			.list();
	}

	@Override
	public long publishedCount() {
		return jdbc.sql("SELECT count(*) FROM interaction_survey WHERE state <> 'DRAFT'").query(Long.class).single();
	}

	private static SurveyEntry entry(ResultSet row, int n) throws SQLException {
		return new SurveyEntry(row.getObject("id", UUID.class),
				SurveyKind.CONSULTATION.name().equals(row.getString("kind")), row.getString("title"),
				row.getString("description"), row.getString("adoption"), row.getTimestamp("opens_at").toInstant());
	}

}
