package org.zhengtong.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.content.Channels;
import org.zhengtong.content.DisclosureItem;
import org.zhengtong.content.DisclosureKind;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.content.Disclosures;
import org.zhengtong.content.SiteView;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.platform.PortalNavigationContributor;
import org.zhengtong.platform.PortalNavigationItem;
import org.zhengtong.platform.WebAreas;
import org.zhengtong.shared.PageOf;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 政府信息公开 ({@code /disclosure}, {@code /en/disclosure}): the catalogue of the site's
 * disclosure items, by publishing unit and by topic, with each unit's 公开指南 and 年度报告.
 * Filters are plain links (the page is cached per address); an unknown unit, topic or
 * kind is a page that does not exist.
 */
@Controller
class DisclosureController implements PortalNavigationContributor {

	static final int PAGE_SIZE = 20;

	private final Channels channels;

	private final Disclosures disclosures;

	private final UnitManagement units;

	private final MessageSource messages;

	private final Clock clock;

	DisclosureController(Channels channels, Disclosures disclosures, UnitManagement units, MessageSource messages,
			Clock clock) {
		this.channels = channels;
		this.disclosures = disclosures;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	/** A unit of the catalogue with its number of items. */
	record UnitCount(UnitView unit, long count) {
	}

	@GetMapping({ "/disclosure", "/en/disclosure" })
	String catalogue(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		SiteView site = channels.siteFor(WebAreas.pathOf(request))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		LocalDate today = LocalDate.now(clock);
		UnitView unitView = isBlank(unit) ? null : parse(unit, UUID::fromString).flatMap((id) -> units.find(id, today))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		DisclosureTopic topicValue = isBlank(topic) ? null
				: parse(topic, DisclosureTopic::valueOf).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		DisclosureKind kindValue = isBlank(kind) ? null
				: parse(kind, DisclosureKind::valueOf).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		UUID unitId = unitView == null ? null : unitView.id();
		PageOf<DisclosureItem> items = disclosures.catalogue(
				new Disclosures.Filter(site.code(), unitId, topicValue, kindValue, null), Math.max(0, page), PAGE_SIZE);
		// A list shows its last page for one past it; the public site answers 404
		// instead, so
		// that no address past the end is cached as a copy of the last page.
		if (page > 0 && items.page() != page) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		String base = site.pathPrefix() + "/disclosure";
		model.addAttribute("site", site);
		model.addAttribute("base", base);
		model.addAttribute("unitView", unitView);
		model.addAttribute("topic", topicValue);
		model.addAttribute("kind", kindValue);
		model.addAttribute("heading", heading(site, unitView, topicValue, kindValue));
		model.addAttribute("items", items);
		model.addAttribute("unitCounts", unitCounts(site, today));
		model.addAttribute("topicCounts", disclosures.topicCounts(site.code(), unitId));
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath(base)
					.queryParamIfPresent("unit", Optional.ofNullable(unitId))
					.queryParamIfPresent("topic", Optional.ofNullable(topicValue))
					.queryParamIfPresent("kind", Optional.ofNullable(kindValue))
					.queryParam("page", "")
					.build()
					.toUriString());
		if (unitView != null) {
			model.addAttribute("guides", kindOf(site, unitId, DisclosureKind.GUIDE, 1));
			model.addAttribute("reports", kindOf(site, unitId, DisclosureKind.ANNUAL_REPORT, 10));
		}
		return "portal/disclosure";
	}

	private List<DisclosureItem> kindOf(SiteView site, UUID unit, DisclosureKind kind, int most) {
		return disclosures.catalogue(new Disclosures.Filter(site.code(), unit, null, kind, null), 0, most).items();
	}

	private List<UnitCount> unitCounts(SiteView site, LocalDate today) {
		Map<UUID, Long> counts = disclosures.unitCounts(site.code());
		return counts.entrySet()
			.stream()
			.flatMap((
					entry) -> units.find(entry.getKey(), today).map((u) -> new UnitCount(u, entry.getValue())).stream())
			.toList();
	}

	private String heading(SiteView site, @Nullable UnitView unit, @Nullable DisclosureTopic topic,
			@Nullable DisclosureKind kind) {
		var locale = LocaleContextHolder.getLocale();
		StringBuilder heading = new StringBuilder();
		if (unit != null) {
			heading.append(site.english() ? unit.names().englishName() : unit.names().fullName());
		}
		for (String key : new String[] { topic == null ? null : "disclosure.topic." + topic,
				kind == null ? null : "disclosure.kind." + kind }) {
			if (key != null) {
				heading.append(heading.isEmpty() ? "" : " · ").append(messages.getMessage(key, null, locale));
			}
		}
		return heading.isEmpty() ? messages.getMessage("disclosure.title", null, locale) : heading.toString();
	}

	/** An empty filter (as a link with {@code unit=} sends it) means any. */
	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static <T> Optional<T> parse(String value, java.util.function.Function<String, T> parser) {
		try {
			return Optional.of(parser.apply(value.strip()));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	@Override
	public List<PortalNavigationItem> navigationItems() {
		return List.of(new PortalNavigationItem("disclosure.nav", "/disclosure", false, 5),
				new PortalNavigationItem("disclosure.nav", "/en/disclosure", true, 5));
	}

}
