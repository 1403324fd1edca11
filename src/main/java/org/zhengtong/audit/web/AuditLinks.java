package org.zhengtong.audit.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.shared.ListSort;

/**
 * The addresses the audit list links to, each keeping the auditor's filters: its pages,
 * its column headings (sorting) and its exports.
 */
record AuditLinks(AuditController.AuditFilter filter, ListSort sort) {

	/** The filters and the order as a query string, without a page. */
	public String query() {
		return filters().queryParam("sort", sort.parameter()).build().encode().getQuery();
	}

	/** Another page of the same list. */
	public String page(int page) {
		return pageLink() + page;
	}

	/** The list's address up to its page number, for the numbered pager. */
	public String pageLink() {
		String query = query();
		return "/admin/audit?" + (query == null || query.isEmpty() ? "" : query + "&") + "page=";
	}

	/**
	 * The list by this column: the other direction if it is sorted by it already, else
	 * descending.
	 */
	public String sortBy(String key) {
		ListSort next = sort.key().equals(key) ? new ListSort(key, !sort.descending()) : ListSort.descending(key);
		return "/admin/audit?" + filters().queryParam("sort", next.parameter()).build().encode().getQuery();
	}

	/**
	 * {@code ascending}, {@code descending} or {@code none}, for the heading's aria-sort.
	 */
	public String ariaSort(String key) {
		return !sort.key().equals(key) ? "none" : sort.descending() ? "descending" : "ascending";
	}

	public String export(String format) {
		return "/admin/audit/export." + format + "?" + query();
	}

	private UriComponentsBuilder filters() {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("from", Optional.ofNullable(filter.getFrom()))
			.queryParamIfPresent("to", Optional.ofNullable(filter.getTo()))
			.queryParamIfPresent("actor", Optional.ofNullable(blankAsNull(filter.getActor())))
			.queryParamIfPresent("action", Optional.ofNullable(blankAsNull(filter.getAction())))
			.queryParamIfPresent("outcome", Optional.ofNullable(filter.getOutcome()))
			.queryParamIfPresent("object", Optional.ofNullable(blankAsNull(filter.getObject())));
	}

	private static @Nullable String blankAsNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
