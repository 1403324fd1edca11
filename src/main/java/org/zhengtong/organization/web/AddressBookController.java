package org.zhengtong.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.platform.WorkbenchMenuContributor;

/**
 * 通讯录: every current post with its holder, unit, department and office telephone, for
 * staff to find each other. Searchable by any of them, and narrowed to a unit and the
 * units under it.
 */
@Controller
class AddressBookController implements WorkbenchMenuContributor {

	static final String VIEW = "organization/contact-list";

	static final int PAGE_SIZE = 50;

	/** Text longer than any name, title or number is cut, not refused. */
	private static final int LONGEST_QUERY = 64;

	private final PostManagement posts;

	private final UnitManagement units;

	private final Clock clock;

	AddressBookController(PostManagement posts, UnitManagement units, Clock clock) {
		this.posts = posts;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/workbench/contacts")
	@PreAuthorize("hasRole('STAFF')")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable UUID unit,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String text = q.length() > LONGEST_QUERY ? q.substring(0, LONGEST_QUERY) : q;
		List<UnitView> all = units.tree(LocalDate.now(clock)).stream().filter(UnitView::active).toList();
		UUID within = unit != null && all.stream().anyMatch((u) -> u.id().equals(unit)) ? unit : null;
		model.addAttribute("q", text);
		model.addAttribute("unit", within);
		model.addAttribute("units", all);
		model.addAttribute("contacts", posts.addressBook(text, within, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/workbench/contacts")
					.queryParam("q", text)
					.queryParamIfPresent("unit", java.util.Optional.ofNullable(within))
					.encode()
					.build()
					.toUriString() + "&page=");
		return VIEW;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "menu.contacts", "/workbench/contacts",
				"ROLE_STAFF", 30));
	}

}
