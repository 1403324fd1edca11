package org.zhengtong.search.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.Channels;
import org.zhengtong.content.SiteView;
import org.zhengtong.platform.WebAreas;
import org.zhengtong.search.Search;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.search.SearchResults;
import org.zhengtong.search.SearchType;

/**
 * 站内搜索 on both sites ({@code /search}, {@code /en/search}): words or phrases, narrowed by
 * channel, type (articles or disclosure items) and dates, 10 results a page with the
 * matches marked.
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 10;

	private final Search search;

	private final Channels channels;

	SearchController(Search search, Channels channels) {
		this.search = search;
		this.channels = channels;
	}

	@GetMapping({ "/search", "/en/search" })
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		SiteView site = channels.siteFor(WebAreas.pathOf(request)).orElseThrow();
		UUID channelId = uuid(channel);
		SearchType only = type(type);
		LocalDate fromDay = day(from);
		LocalDate toDay = day(to);
		model.addAttribute("site", site);
		model.addAttribute("q", q.length() > 100 ? q.substring(0, 100) : q);
		model.addAttribute("channel", channelId);
		model.addAttribute("type", only);
		model.addAttribute("types", SearchType.values());
		model.addAttribute("from", fromDay);
		model.addAttribute("to", toDay);
		model.addAttribute("channels",
				channels.tree(site.code()).stream().filter((c) -> c.active() && c.kind() != ChannelKind.LINK).toList());
		if (!q.isBlank()) {
			SearchResults results = search
				.search(new SearchQuery(q, site.code(), channelId, only, fromDay, toDay, page, PAGE_SIZE));
			model.addAttribute("results", results);
			UriComponentsBuilder link = UriComponentsBuilder.fromPath(site.pathPrefix() + "/search")
				.queryParam("q", q.length() > 100 ? q.substring(0, 100) : q);
			if (channelId != null) {
				link.queryParam("channel", channelId);
			}
			if (only != null) {
				link.queryParam("type", only);
			}
			if (fromDay != null) {
				link.queryParam("from", fromDay);
			}
			if (toDay != null) {
				link.queryParam("to", toDay);
			}
			model.addAttribute("pageLink", link.encode().build().toUriString() + "&page=");
		}
		return "search/search";
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable SearchType type(@Nullable String text) {
		return Arrays.stream(SearchType.values()).filter((type) -> type.name().equals(text)).findFirst().orElse(null);
	}

	private static @Nullable LocalDate day(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
