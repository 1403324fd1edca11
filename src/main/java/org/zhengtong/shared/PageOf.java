package org.zhengtong.shared;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page the page number, from 0
 * @param total how many items all pages hold
 */
public record PageOf<T>(List<T> items, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	/** The number of the first item shown, from 1 (0 for an empty page). */
	public long first() {
		return items.isEmpty() ? 0 : (long) page * size + 1;
	}

	public long last() {
		return (long) page * size + items.size();
	}

}
