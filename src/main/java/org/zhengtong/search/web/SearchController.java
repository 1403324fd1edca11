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
 * matches marked in titles and extracts; 您是不是要找 when nothing is found; a query longer
 * than the form takes is cut, with a note.
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 10;

	/** The longest query the form takes (its {@code maxlength}); a longer one is cut. */
	static final int LONGEST_QUERY = 100;

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
		// A longer query (a link, a typed address) is cut as the form would, and the
		// reader
		// told so.
		String typed = q.strip();
		String text = typed.length() > LONGEST_QUERY ? typed.substring(0, LONGEST_QUERY) : typed;
		model.addAttribute("q", text);
		model.addAttribute("cut", typed.length() > LONGEST_QUERY);
		model.addAttribute("longest", LONGEST_QUERY);
		model.addAttribute("channel", channelId);
		model.addAttribute("type", only);
		model.addAttribute("types", SearchType.values());
		model.addAttribute("from", fromDay);
		model.addAttribute("to", toDay);
		model.addAttribute("channels",
				channels.tree(site.code()).stream().filter((c) -> c.active() && c.kind() != ChannelKind.LINK).toList());
		if (!text.isBlank()) {
			SearchResults results = search
				.search(new SearchQuery(text, site.code(), channelId, only, fromDay, toDay, page, PAGE_SIZE));
			model.addAttribute("results", results);
			model.addAttribute("pageLink", link(site, text, channelId, only, fromDay, toDay) + "&page=");
			if (results.suggestion() != null) {
				model.addAttribute("suggestionLink", link(site, results.suggestion(), channelId, only, fromDay, toDay));
			}
		}
		return "search/search";
	}

	/** This search's address, with its filters. */
	private static String link(SiteView site, String text, @Nullable UUID channel, @Nullable SearchType type,
			@Nullable LocalDate from, @Nullable LocalDate to) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(site.pathPrefix() + "/search").queryParam("q", "{q}");
		if (channel != null) {
			link.queryParam("channel", channel);
		}
		if (type != null) {
			link.queryParam("type", type);
		}
		if (from != null) {
			link.queryParam("from", from);
		}
		if (to != null) {
			link.queryParam("to", to);
		}
		// The words as a variable: encoded strictly, so & or + in them stay words.
		return link.encode().buildAndExpand(text).toUriString();
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
