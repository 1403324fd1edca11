package org.zhengtong.identity.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.shared.ListSort;

/**
 * The addresses the accounts list links to, each keeping the administrator's filters: its
 * pages, its column headings (sorting) and its export.
 */
record AccountLinks(AccountListFilter filter, ListSort sort) {

	/** The filters and the order as a query string, without a page. */
	public String query() {
		return filters().queryParam("sort", sort.parameter()).build().encode().getQuery();
	}

	/** The address of another page of the same list, up to its number. */
	public String pageLink() {
		return "/admin/accounts?" + query() + "&page=";
	}

	/**
	 * The list by this column: the other direction if it is sorted by it already, else
	 * ascending.
	 */
	public String sortBy(String key) {
		ListSort next = sort.key().equals(key) ? new ListSort(key, !sort.descending()) : ListSort.ascending(key);
		return "/admin/accounts?" + filters().queryParam("sort", next.parameter()).build().encode().getQuery();
	}

	/**
	 * {@code ascending}, {@code descending} or {@code none}, for the heading's aria-sort.
	 */
	public String ariaSort(String key) {
		return !sort.key().equals(key) ? "none" : sort.descending() ? "descending" : "ascending";
	}

	public String export() {
		return "/admin/accounts/export.xlsx?" + query();
	}

	private UriComponentsBuilder filters() {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("q", Optional.ofNullable(blankAsNull(filter.getQ())))
			.queryParamIfPresent("kind", Optional.ofNullable(filter.getKind()))
			.queryParamIfPresent("unit", Optional.ofNullable(filter.getUnit()))
			.queryParamIfPresent("status", Optional.ofNullable(filter.getStatus()))
			.queryParamIfPresent("role", Optional.ofNullable(blankAsNull(filter.getRole())));
	}

	private static @Nullable String blankAsNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
