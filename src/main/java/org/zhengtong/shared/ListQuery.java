package org.zhengtong.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 列表查询: one filtered, sorted, paged list in SQL with an honest count. The list's columns
 * and {@code FROM … JOIN …} are given once; each filter adds its {@code WHERE} condition
 * with a named parameter only when it is set; sorting goes by a whitelist of named keys
 * (a key the list does not know sorts by the default, so nothing a user sends ever
 * becomes SQL), always ending on a unique tie-breaker so pages never overlap; the count
 * is built from the same {@code FROM} and {@code WHERE}. A page past the last shows the
 * last one; the page size is held between 1 and {@link #MAX_PAGE_SIZE}.
 *
 * <p>
 * Not thread-safe: build one per request. Conditions, columns and sort expressions are
 * SQL written by the programmer; values only ever travel as parameters.
 *
 * <pre>
 * ListQuery.select("e.id, e.actor", "audit_entry e")
 * 	.filter("e.actor = :actor", "actor", actor)
 * 	.sortable("time", "e.occurred_at")
 * 	.tieBreaker("e.id")
 * 	.defaultSort(ListSort.descending("time"))
 * 	.page(jdbc, sort, page, size, mapper);
 * </pre>
 */
public final class ListQuery {

	/** The most rows one page shows. */
	public static final int MAX_PAGE_SIZE = 200;

	static final String LIMIT = "list_limit";

	static final String OFFSET = "list_offset";

	private final String columns;

	private final String from;

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new LinkedHashMap<>();

	private final Map<String, String> sortKeys = new LinkedHashMap<>();

	private @Nullable String tieBreaker;

	private @Nullable ListSort defaultSort;

	private ListQuery(String columns, String from) {
		this.columns = requireText(columns, "columns");
		this.from = requireText(from, "from");
	}

	/**
	 * A list of these columns (the {@code SELECT} list, without the keyword) from this
	 * {@code FROM} clause (tables and joins, without the keyword).
	 */
	public static ListQuery select(String columns, String from) {
		return new ListQuery(columns, from);
	}

	/**
	 * A condition that always holds for this list (its own parameters set with
	 * {@link #param}).
	 */
	public ListQuery where(String condition) {
		conditions.add(requireText(condition, "condition"));
		return this;
	}

	/** A parameter of a condition given through {@link #where}. */
	public ListQuery param(String name, Object value) {
		addParam(name, Objects.requireNonNull(value, name));
		return this;
	}

	/**
	 * A filter: the condition, using {@code :name}, and its value, both left out when the
	 * value is {@code null} or blank text. Text values are stripped.
	 */
	public ListQuery filter(String condition, String name, @Nullable Object value) {
		if (value == null || (value instanceof CharSequence text && text.toString().isBlank())) {
			return this;
		}
		conditions.add(requireText(condition, "condition"));
		addParam(name, value instanceof CharSequence text ? text.toString().strip() : value);
		return this;
	}

	/**
	 * A filter on text that starts with the value (the value's own {@code %}, {@code _}
	 * and backslash match themselves).
	 */
	public ListQuery filterStartsWith(String expression, String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return this;
		}
		return filter(expression + " LIKE :" + name + " ESCAPE '\\'", name, escapeLike(value.strip()) + "%");
	}

	/**
	 * A filter on text that contains the value anywhere (the value's own {@code %},
	 * {@code _} and backslash match themselves).
	 */
	public ListQuery filterContains(String expression, String name, @Nullable String value) {
		String pattern = containing(value);
		return pattern == null ? this : filter(expression + " LIKE :" + name + " ESCAPE '\\'", name, pattern);
	}

	/**
	 * The {@code LIKE} pattern (with {@code ESCAPE '\'}) of text containing the value,
	 * for a condition of several expressions given to {@link #filter}; {@code null} when
	 * blank.
	 */
	public static @Nullable String containing(@Nullable String value) {
		return value == null || value.isBlank() ? null : "%" + escapeLike(value.strip()) + "%";
	}

	/** A key users may sort by, and the SQL expression it stands for. */
	public ListQuery sortable(String key, String expression) {
		sortKeys.put(requireText(key, "key"), requireText(expression, "expression"));
		return this;
	}

	/**
	 * What makes the order total (a unique column such as the id), sorted in the
	 * direction of the chosen key, so that each row is on exactly one page.
	 */
	public ListQuery tieBreaker(String expression) {
		this.tieBreaker = requireText(expression, "expression");
		return this;
	}

	/**
	 * The order when none, or an unknown one, is asked for; the first key's ascending
	 * otherwise.
	 */
	public ListQuery defaultSort(ListSort sort) {
		if (!sortKeys.containsKey(sort.key())) {
			throw new IllegalArgumentException("Not a sort key of this list: " + sort.key());
		}
		this.defaultSort = sort;
		return this;
	}

	/**
	 * The sort this list applies when asked for this one: a known key, else the default.
	 */
	public ListSort sort(@Nullable ListSort requested) {
		if (requested != null && sortKeys.containsKey(requested.key())) {
			return requested;
		}
		if (defaultSort != null) {
			return defaultSort;
		}
		if (sortKeys.isEmpty()) {
			throw new IllegalStateException("A list needs at least one sort key");
		}
		return ListSort.ascending(sortKeys.keySet().iterator().next());
	}

	/** {@code SELECT count(*)} over the same rows as the list. */
	public String countSql() {
		return "SELECT count(*) FROM " + from + whereClause();
	}

	/** Every row of the list in its order, without paging (for exports). */
	public String selectSql(@Nullable ListSort requested) {
		return "SELECT " + columns + " FROM " + from + whereClause() + orderBy(sort(requested));
	}

	/** One page: {@link #selectSql} with {@code LIMIT} and {@code OFFSET} parameters. */
	public String pageSql(@Nullable ListSort requested) {
		return selectSql(requested) + " LIMIT :" + LIMIT + " OFFSET :" + OFFSET;
	}

	/** The parameters of the filters and conditions, by name. */
	public Map<String, Object> params() {
		return Collections.unmodifiableMap(params);
	}

	/** How many rows the list holds across all pages. */
	public long count(JdbcClient jdbc) {
		return jdbc.sql(countSql()).params(params).query(Long.class).single();
	}

	/**
	 * One page of the list with the count of all its rows. A page past the last shows the
	 * last one; a negative page the first.
	 */
	public <T> PageOf<T> page(JdbcClient jdbc, @Nullable ListSort sort, int page, int size, RowMapper<T> mapper) {
		int bounded = pageSize(size);
		long total = count(jdbc);
		int pages = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + bounded - 1) / bounded));
		int shown = Math.max(0, Math.min(page, pages - 1));
		List<T> items = total == 0 ? List.of()
				: jdbc.sql(pageSql(sort))
					.params(params)
					.param(LIMIT, bounded)
					.param(OFFSET, (long) shown * bounded)
					.query(mapper)
					.list();
		return new PageOf<>(items, total, shown, bounded);
	}

	/**
	 * Every row of the list in its order, one at a time, read in batches (for exports of
	 * any size). Run it in a transaction, or PostgreSQL reads all rows at once.
	 */
	public void each(JdbcClient jdbc, @Nullable ListSort sort, RowCallbackHandler handler) {
		jdbc.sql(selectSql(sort)).params(params).withFetchSize(1000).query(handler);
	}

	/** A page size held between 1 and {@link #MAX_PAGE_SIZE}. */
	public static int pageSize(int requested) {
		return Math.max(1, Math.min(MAX_PAGE_SIZE, requested));
	}

	private String whereClause() {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private String orderBy(ListSort sort) {
		String direction = sort.descending() ? " DESC" : " ASC";
		StringBuilder order = new StringBuilder(" ORDER BY ").append(sortKeys.get(sort.key())).append(direction);
		if (tieBreaker != null && !tieBreaker.equals(sortKeys.get(sort.key()))) {
			order.append(", ").append(tieBreaker).append(direction);
		}
		return order.toString();
	}

	private void addParam(String name, Object value) {
		if (!name.matches("[A-Za-z][A-Za-z0-9_]*") || name.equals(LIMIT) || name.equals(OFFSET)) {
			throw new IllegalArgumentException("Not a usable parameter name: " + name);
		}
		if (params.containsKey(name)) {
			throw new IllegalArgumentException("Parameter given twice: " + name);
		}
		params.put(name, value);
	}

	static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A list's " + what + " must not be empty");
		}
		return value;
	}

}
