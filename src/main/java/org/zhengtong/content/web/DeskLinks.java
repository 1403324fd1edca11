package org.zhengtong.content.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.content.DeskFilter;
import org.zhengtong.content.DeskList;

/**
 * The addresses the desk links to: another page of one of its lists, keeping the filter,
 * the pages the other lists show, and whether 全部稿件 is open.
 */
record DeskLinks(DeskFilter filter, Map<DeskList, Integer> pages, boolean all) {

	/** The request parameter of a list's page: {@code publishedPage}. */
	static String pageParameter(DeskList list) {
		return switch (list) {
			case MINE -> "minePage";
			case TO_REVIEW -> "reviewPage";
			case SCHEDULED -> "scheduledPage";
			case PUBLISHED -> "publishedPage";
			case ALL -> "allPage";
		};
	}

	/** The address of another page of the list, up to its number. */
	public String pageLink(String list) {
		DeskList which = DeskList.valueOf(list);
		UriComponentsBuilder link = UriComponentsBuilder.newInstance()
			.queryParamIfPresent("title", Optional.ofNullable(filter.title()).filter((title) -> !title.isBlank()))
			.queryParamIfPresent("channel", Optional.ofNullable(filter.channel()))
			.queryParamIfPresent("state", Optional.ofNullable(filter.state()))
			.queryParamIfPresent("writer", Optional.ofNullable(filter.writer()).filter((writer) -> !writer.isBlank()))
			.queryParamIfPresent("from", Optional.ofNullable(filter.from()))
			.queryParamIfPresent("to", Optional.ofNullable(filter.to()))
			.queryParamIfPresent("view", Optional.of("all").filter((view) -> all && !filter.any()));
		pages.forEach((other, page) -> {
			if (other != which && page > 0) {
				link.queryParam(pageParameter(other), page);
			}
		});
		String query = link.build().encode().getQuery();
		return "/workbench/articles?" + (query == null ? "" : query + "&") + pageParameter(which) + "=";
	}

}
