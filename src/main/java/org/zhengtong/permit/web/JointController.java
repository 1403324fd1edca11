package org.zhengtong.permit.web;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.permit.AcceptanceRefused;
import org.zhengtong.permit.internal.JointOverview;

/**
 * 并联审批 in the workbench: a joint case's page, by the number of its main case or of a
 * sub-case — the main case's summary with the slowest clock, and the sub-cases with their
 * departments, states and clocks (the slowest marked). The lead department and the 电子监察员
 * see every sub-case; a sub-case's department sees its own; anyone else is told the case
 * does not exist.
 */
@Controller
class JointController {

	static final String DETAIL = "permit/joint-detail";

	static final String BASE = "/workbench/permit/joint";

	private final JointOverview overview;

	JointController(JointOverview overview) {
		this.overview = overview;
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
