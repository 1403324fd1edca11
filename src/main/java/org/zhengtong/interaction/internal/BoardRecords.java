package org.zhengtong.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.interaction.BoardEntry;
import org.zhengtong.interaction.Door;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * Lists of the board: the public's (shown entries) and the editors' (all, hidden too).
 */
@Component
public class BoardRecords {

	static final String COLUMNS = "b.request_id, b.number, b.door, b.title, b.body, b.reply, b.unit_id, b.unit_name, "
			+ "b.received_on, b.answered_on, b.published_at, b.hidden, b.hidden_reason";

	static final ListSort NEWEST = ListSort.descending("answered");

	private final JdbcClient jdbc;

	BoardRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A filter of the board: door, unit, year answered, words in the title, letter or
	 * reply.
	 */
	public record Filter(@Nullable Door door, @Nullable UUID unit, @Nullable Integer year, @Nullable String text,
			@Nullable Boolean hidden) {
	}

	/** A row of a board list, hidden or not. */
	public record Row(BoardEntry entry, boolean hidden, @Nullable String hiddenReason) {
	}

	public PageOf<Row> page(Filter filter, boolean publicOnly, int page, int size) {
		ListQuery list = ListQuery.select(COLUMNS, "interaction_board_entry b")
			.sortable("answered", "b.answered_on")
			.sortable("received", "b.received_on")
			.tieBreaker("b.number")
			.defaultSort(NEWEST);
		if (publicOnly) {
			list.where("NOT b.hidden");
		}
		else {
			list.filter("b.hidden = :hidden", "hidden", filter.hidden());
		}
		list.filter("b.door = :door", "door", filter.door() == null ? null : filter.door().name())
			.filter("b.unit_id = :unit", "unit", filter.unit())
			.filter("extract(year FROM b.answered_on) = :year", "year", filter.year())
			.filterContains("(b.title || ' ' || b.body || ' ' || b.reply)", "text", filter.text());
		return list.page(jdbc, NEWEST, page, ListQuery.pageSize(size), this::row);
	}

	/**
	 * The units that answered shown entries, with their latest name on the board, by
	 * name.
	 */
	public List<UnitChoice> units() {
		return jdbc.sql("""
				SELECT DISTINCT ON (unit_id) unit_id, unit_name FROM interaction_board_entry
				WHERE NOT hidden ORDER BY unit_id, answered_on DESC""")
			.query((rs, n) -> new UnitChoice(rs.getObject("unit_id", UUID.class), rs.getString("unit_name")))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(UnitChoice::name))
			.toList();
	}

	/** A unit to filter by. */
	public record UnitChoice(UUID id, String name) {
	}

	List<BoardEntry> publishedAfter(@Nullable UUID after, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM interaction_board_entry b WHERE NOT b.hidden"
					+ (after == null ? "" : " AND b.request_id > :after") + " ORDER BY b.request_id LIMIT :limit")
			.params(after == null ? java.util.Map.of("limit", limit) : java.util.Map.of("after", after, "limit", limit))
			.query((rs, n) -> row(rs, n).entry())
			.list();
	}

	long publishedCount() {
		return jdbc.sql("SELECT count(*) FROM interaction_board_entry WHERE NOT hidden").query(Long.class).single();
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		BoardEntry entry = new BoardEntry(rs.getObject("request_id", UUID.class), rs.getString("number"),
				Door.valueOf(rs.getString("door")), rs.getString("title"), rs.getString("body"), rs.getString("reply"),
				rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
				rs.getObject("received_on", java.time.LocalDate.class),
				rs.getObject("answered_on", java.time.LocalDate.class), rs.getTimestamp("published_at").toInstant());
		return new Row(entry, rs.getBoolean("hidden"), rs.getString("hidden_reason"));
	}

}
