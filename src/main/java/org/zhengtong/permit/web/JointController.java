package org.zhengtong.permit.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.permit.AcceptanceRefused;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.JointOverview;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;

/**
 * 并联审批 in the workbench: the lead department's list of its joint cases (the 电子监察员: every
 * department's), most urgent first, each with its slowest part's 法定 due date; and a joint
 * case's page, by the number of its main case or of a sub-case — the main case's summary
 * with the slowest clock, and the sub-cases with their departments, states and clocks
 * (the slowest marked). The lead department and the 电子监察员 see every sub-case; a
 * sub-case's department sees its own; anyone else is told the case does not exist.
 */
@Controller
class JointController implements WorkbenchMenuContributor {

	static final String LIST = "permit/joint-list";

	static final String DETAIL = "permit/joint-detail";

	/** The states a joint case's main case may be listed by. */
	static final List<PermitCaseState> STATES = Arrays.stream(PermitCaseState.values())
		.filter((state) -> state != PermitCaseState.DRAFT)
		.toList();

	static final String BASE = "/workbench/permit/joint";

	private final JointOverview overview;

	JointController(JointOverview overview) {
		this.overview = overview;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.permit", "permit.joint.menu", BASE, PermitRoles.RECEIVE, 35),
				new WorkbenchMenuItem("menu.section.permit", "permit.joint.menu", BASE, PermitRoles.REVIEW, 35),
				new WorkbenchMenuItem("menu.section.permit", "permit.joint.menu", BASE, PermitRoles.DECIDE, 35),
				new WorkbenchMenuItem("menu.section.permit", "permit.joint.menu", BASE, PermitRoles.MONITOR, 35));
	}

	@GetMapping(BASE)
	String list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			Principal principal, Model model) {
		PermitCaseState chosen = STATES.stream().filter((one) -> one.name().equals(state)).findFirst().orElse(null);
		var rows = listed(chosen, text, sort, page, principal);
		model.addAttribute("rows", rows);
		model.addAttribute("states", STATES);
		model.addAttribute("state", chosen == null ? "" : chosen.name());
		model.addAttribute("text", text == null ? "" : text);
		StringBuilder link = new StringBuilder(BASE + "?");
		if (chosen != null) {
			link.append("state=").append(chosen.name()).append('&');
		}
		if (text != null && !text.isBlank()) {
			link.append("text=")
				.append(java.net.URLEncoder.encode(text.strip(), java.nio.charset.StandardCharsets.UTF_8))
				.append('&');
		}
		boolean byNumber = "number".equals(sort);
		if (byNumber) {
			link.append("sort=number&");
		}
		model.addAttribute("byNumber", byNumber);
		model.addAttribute("pageLink", link + "page=");
		model.addAttribute("applicants", rows.items()
			.stream()
			.collect(java.util.stream.Collectors.toMap((row) -> row.row().id(),
					(row) -> AcceptanceController.masked(row.row().applicantName(), row.row().applicantKind()))));
		return LIST;
	}

	private org.zhengtong.shared.PageOf<JointOverview.Listed> listed(@Nullable PermitCaseState state,
			@Nullable String text, @Nullable String sort, int page, Principal principal) {
		try {
			return overview.list(principal.getName(), state, text,
					"number".equals(sort) ? ListSort.ascending("number") : ListSort.ascending("urgency"), page);
		}
		catch (AcceptanceRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
		}
	}

	@GetMapping(BASE + "/{number}")
	String detail(@PathVariable String number, Principal principal, Model model) {
		JointOverview.View view;
		try {
			view = overview.forReader(number, principal.getName());
		}
		catch (AcceptanceRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
		}
		model.addAttribute("joint", view);
		model.addAttribute("applicant", AcceptanceController.masked(view.main().permitCase().applicantName(),
				view.main().permitCase().applicantKind()));
		return DETAIL;
	}

}
