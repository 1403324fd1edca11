package org.zhengtong.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/** Lists of interviews, through the shared list builder. */
@Component
public class InterviewRecords {

	private static final String COLUMNS = """
			i.id, i.title, i.title_en, i.starts_at, i.state, i.ended_at,
			(SELECT string_agg(g.name || '（' || g.post || '）', '、' ORDER BY g.position)
			   FROM interaction_interview_guest g WHERE g.interview_id = i.id) AS guests,
			(SELECT count(*) FROM interaction_interview_question q
			  WHERE q.interview_id = i.id AND q.state = 'PENDING') AS pending,
			(SELECT count(*) FROM interaction_interview_line l
			  WHERE l.interview_id = i.id AND l.published_seq IS NOT NULL) AS published""";

	private final JdbcClient jdbc;

	InterviewRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row of a list of interviews. */
	public record Row(UUID id, String title, @Nullable String titleEn, Instant startsAt, InterviewState state,
			@Nullable Instant endedAt, String guests, long pendingQuestions, long publishedLines) {

		/** The title on the English site: its English title, or the Chinese one. */
		public String title(boolean english) {
			return english && titleEn != null ? titleEn : title;
		}

	}

	/**
	 * The editors' list: every interview, in one state or all, the newest first unless
	 * sorted by {@code time} or {@code title}.
	 */
	@Transactional(readOnly = true)
	public PageOf<Row> all(@Nullable InterviewState state, @Nullable String text, @Nullable ListSort sort, int page,
			int size) {
		return ListQuery.select(COLUMNS, "interaction_interview i")
			.filter("i.state = :state", "state", state == null ? null : state.name())
			.filterContains("i.title", "text", text)
			.sortable("time", "i.starts_at")
			.sortable("title", "i.title")
			.tieBreaker("i.id")
			.defaultSort(ListSort.descending("time"))
			.page(jdbc, sort, page, size, InterviewRecords::row);
	}

	/** 往期回顾: the ended interviews, the most recent first. */
	@Transactional(readOnly = true)
	public PageOf<Row> archive(int page, int size) {
		return ListQuery.select(COLUMNS, "interaction_interview i")
			.where("i.state = 'ENDED'")
			.sortable("time", "i.starts_at")
			.tieBreaker("i.id")
			.defaultSort(ListSort.descending("time"))
			.page(jdbc, null, page, size, InterviewRecords::row);
	}

	private static Row row(ResultSet row, int number) throws SQLException {
		Timestamp ended = row.getTimestamp("ended_at");
		String guests = row.getString("guests");
		return new Row(row.getObject("id", UUID.class), row.getString("title"), row.getString("title_en"),
				row.getTimestamp("starts_at").toInstant(), InterviewState.valueOf(row.getString("state")),
				ended == null ? null : ended.toInstant(), guests == null ? "" : guests, row.getLong("pending"),
				row.getLong("published"));
	}

}
