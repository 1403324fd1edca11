package org.zhengtong.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The page numbers a numbered pager shows (1 2 3 … 9 10 11 … 40): the first and last
 * pages, and a few around the current one, with a gap where pages are left out.
 *
 * @param numbers page numbers from 0; {@link #GAP} where pages are left out
 */
public record PageNumbers(List<Integer> numbers) {

	/** Stands for pages left out. */
	public static final int GAP = -1;

	/** How many pages on each side of the current one are named. */
	static final int AROUND = 2;

	public static PageNumbers of(PageOf<?> list) {
		int pages = list.pages();
		int current = list.page();
		List<Integer> numbers = new ArrayList<>();
		for (int page = 0; page < pages; page++) {
			boolean shown = page == 0 || page == pages - 1 || Math.abs(page - current) <= AROUND;
			if (shown) {
				numbers.add(page);
			}
			else if (numbers.get(numbers.size() - 1) != GAP) {
				numbers.add(GAP);
			}
		}
		return new PageNumbers(List.copyOf(numbers));
	}

}
