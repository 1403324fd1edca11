package org.zhengtong.interaction.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengtong.interaction.PerformanceContributor;
import org.zhengtong.interaction.PerformanceSection;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.PortalNavigationContributor;
import org.zhengtong.platform.PortalNavigationItem;
import org.zhengtong.platform.WebAreas;

/**
 * 办理成效 ({@code /performance}, {@code /en/performance}): every contributor's sections —
 * definitions, tables with captions, bar charts restated by their tables — in the portal
 * layout, with the time the figures were counted. The portal's page cache keeps it until
 * the day ends or something is published, so figures are at most a day old.
 */
@Controller
class PerformanceController implements PortalNavigationContributor {

	static final String VIEW = "interaction/performance";

	private final ObjectProvider<PerformanceContributor> contributors;

	private final Clock clock;

	private final PlatformProperties platform;

	PerformanceController(ObjectProvider<PerformanceContributor> contributors, Clock clock,
			PlatformProperties platform) {
		this.contributors = contributors;
		this.clock = clock;
		this.platform = platform;
	}

	@GetMapping({ "/performance", "/en/performance" })
	String performance(HttpServletRequest request, Model model) {
		boolean english = WebAreas.pathOf(request).startsWith("/en/");
		Locale locale = english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		List<PerformanceSection> sections = contributors.orderedStream()
			.flatMap((contributor) -> contributor.sections(locale).stream())
			.sorted(Comparator.comparingInt(PerformanceSection::order))
			.toList();
		model.addAttribute("sections", sections);
		model.addAttribute("countedAt",
				LocalDateTime.now(clock.withZone(platform.timeZone()))
					.withSecond(0)
					.withNano(0)
					.toString()
					.replace('T', ' '));
		return VIEW;
	}

	@Override
	public List<PortalNavigationItem> navigationItems() {
		return List.of(new PortalNavigationItem("interaction.performance.nav", "/performance", false, 8),
				new PortalNavigationItem("interaction.performance.nav", "/en/performance", true, 8));
	}

}
