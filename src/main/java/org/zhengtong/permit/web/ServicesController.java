package org.zhengtong.permit.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.permit.internal.CatalogueRecords;
import org.zhengtong.permit.internal.CatalogueRecords.PublicFilter;
import org.zhengtong.permit.internal.CatalogueRecords.PublicRow;
import org.zhengtong.permit.internal.GuideCatalogue;
import org.zhengtong.permit.internal.GuideCatalogue.Offered;
import org.zhengtong.platform.PortalNavigationContributor;
import org.zhengtong.platform.PortalNavigationItem;
import org.zhengtong.platform.WebAreas;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 办事服务 on the portal (the place the portal kept for it): the items offered now by theme,
 * by department and for 个人 or 法人, with a text filter; each item's 办事指南 in plain words —
 * basis, conditions, materials with their samples and blank forms, procedure, the time
 * limits in working days, the fee, the counter — and 在线申报 when it can be applied for
 * online, 请到窗口办理 otherwise.
 */
@Controller
class ServicesController implements PortalNavigationContributor {

	static final String LIST = "permit/services";

	static final String ITEM = "permit/service-item";

	private final CatalogueRecords records;

	private final GuideCatalogue catalogue;

	ServicesController(CatalogueRecords records, GuideCatalogue catalogue) {
		this.records = records;
		this.catalogue = catalogue;
	}

	@Override
	public List<PortalNavigationItem> navigationItems() {
		return List.of(new PortalNavigationItem("nav.services", "/services", false, 6),
				new PortalNavigationItem("nav.services", "/en/services", true, 6));
	}

	@GetMapping({ "/services", "/en/services" })
	String services(@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String q,
			HttpServletRequest request, Model model) {
		boolean english = english(request);
		PermitTheme chosenTheme = parse(PermitTheme.class, theme);
		Audience audience = parse(Audience.class, kind);
		UUID department = uuid(unit);
		String text = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 50));
		List<PublicRow> rows = records.offered(new PublicFilter(chosenTheme, department, audience, text));
		Map<PermitTheme, List<PublicRow>> byTheme = new LinkedHashMap<>();
		for (PublicRow row : rows) {
			byTheme.computeIfAbsent(row.theme(), (t) -> new java.util.ArrayList<>()).add(row);
		}
		Map<UUID, String> names = new LinkedHashMap<>();
		records.offeringDepartments()
			.stream()
			.map((id) -> Map.entry(id, catalogue.unitName(id, english)))
			.sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
			.forEach((entry) -> names.put(entry.getKey(), entry.getValue()));
		model.addAttribute("english", english);
		model.addAttribute("prefix", english ? "/en" : "");
		model.addAttribute("byTheme", byTheme);
		model.addAttribute("count", rows.size());
		model.addAttribute("themes", records.offeredThemes());
		model.addAttribute("departments", names);
		model.addAttribute("theme", chosenTheme);
		model.addAttribute("unit", department);
		model.addAttribute("kind", audience);
		model.addAttribute("q", text);
		model.addAttribute("links", new ServiceLinks(english ? "/en" : "", audience, chosenTheme, department, text));
		return LIST;
	}

	@GetMapping({ "/services/items/{code}", "/en/services/items/{code}" })
	String item(@PathVariable String code, HttpServletRequest request, Model model) {
		boolean english = english(request);
		Offered offered = catalogue.offered(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("english", english);
		model.addAttribute("prefix", english ? "/en" : "");
		model.addAttribute("item", offered.item());
		model.addAttribute("guide", offered.guide());
		model.addAttribute("department", catalogue.unitName(offered.item().departmentId(), english));
		model.addAttribute("jointNames",
				offered.guide()
					.jointDepartments()
					.stream()
					.map((unit) -> catalogue.unitName(unit, english))
					.sorted()
					.toList());
		return ITEM;
	}

	private static boolean english(HttpServletRequest request) {
		return WebAreas.pathOf(request).startsWith("/en/");
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

}
