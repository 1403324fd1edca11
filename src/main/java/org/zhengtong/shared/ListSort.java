package org.zhengtong.shared;

import org.jspecify.annotations.Nullable;

/**
 * The order a list is asked for: a named key and a direction. As a request parameter it
 * is the key, with a leading {@code -} for descending ({@code sort=-time}). The key only
 * chooses among those the list declares ({@link ListQuery#sortable}); it never becomes
 * SQL.
 */
public record ListSort(String key, boolean descending) {

	public static ListSort ascending(String key) {
		return new ListSort(key, false);
	}

	public static ListSort descending(String key) {
		return new ListSort(key, true);
	}

	/** The sort a request parameter asks for ({@code time}, {@code -time}), or none. */
	public static @Nullable ListSort parse(@Nullable String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return null;
		}
		String value = parameter.strip();
		boolean descending = value.startsWith("-");
		String key = descending ? value.substring(1) : value;
		return key.isEmpty() ? null : new ListSort(key, descending);
	}

	/** This sort as a request parameter. */
	public String parameter() {
		return descending ? "-" + key : key;
	}

	/**
	 * The parameter that sorts by this key in the other direction (for a column heading's
	 * link).
	 */
	public String reversed() {
		return descending ? key : "-" + key;
	}

}
