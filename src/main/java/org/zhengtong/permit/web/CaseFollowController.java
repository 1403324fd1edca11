package org.zhengtong.permit.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.casework.HistoryEntry;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.permit.ApplicationRefused;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.internal.AcceptanceDesk;
import org.zhengtong.permit.internal.ApplicationService;
import org.zhengtong.permit.internal.CaseLookups;
import org.zhengtong.permit.internal.CaseResults;
import org.zhengtong.permit.internal.CaseMaterial;
import org.zhengtong.permit.internal.CorrectionItem;
import org.zhengtong.permit.internal.CorrectionNotice;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.platform.PublicFormContributor;

/**
 * The applicant's side of a case: 我的办件 (drafts to resume, submitted cases with their
 * state), the case page for its owner (state, 办理过程 in plain words, materials), and 办件查询
 * by 办件编号 + 查询码 for those without an account (sent in a POST, so the code never appears
 * in an address; throttled per address). Anyone else's case answers 404. The same under
 * {@code /en/}.
 */
@Controller
class CaseFollowController implements PublicFormContributor {

	static final String MINE = "permit/my-cases";

	static final String CASE = "permit/case-detail";

	static final String FOLLOW = "permit/case-follow";

	private final ApplicationService applications;

	private final CaseLookups lookups;

	private final AccountManagement accounts;

	private final CaseResults results;

	private final AcceptanceDesk acceptance;

	CaseFollowController(ApplicationService applications, CaseLookups lookups, AccountManagement accounts,
			CaseResults results, AcceptanceDesk acceptance) {
		this.applications = applications;
		this.lookups = lookups;
		this.accounts = accounts;
		this.results = results;
		this.acceptance = acceptance;
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of("/services/cases/follow", "/en/services/cases/follow");
	}

	@InitBinder("follow")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/**
	 * A line of the 补正 list on the case page: the material, why, and whether it has come.
	 */
	record CorrectionLine(String name, String reason, boolean arrived) {
	}

	/** 我的办件: one line of the list. */
	record Line(PermitCase permitCase, String itemName, @Nullable String href) {
	}

	@GetMapping({ "/services/my-cases", "/en/services/my-cases" })
	String mine(HttpServletRequest request, HttpServletResponse response, @Nullable Principal principal, Model model) {
		response.setHeader("Cache-Control", "no-store");
		if (principal == null) {
			return "redirect:/login";
		}
		String prefix = ApplicationPages.prefix(request);
		List<Line> drafts = new ArrayList<>();
		List<Line> sent = new ArrayList<>();
		for (PermitCase one : lookups.mine(account(principal))) {
			Guide guide = applications.guideOf(one);
			String name = name(guide, request);
			if (one.number() == null) {
				drafts
					.add(new Line(one, name, prefix + "/services/items/" + itemCode(one) + "/apply?draft=" + one.id()));
			}
			else {
				sent.add(new Line(one, name, prefix + "/services/cases/" + one.number()));
			}
		}
		model.addAttribute("english", ApplicationPages.english(request));
		model.addAttribute("drafts", drafts);
		model.addAttribute("sent", sent);
		return MINE;
	}

	@GetMapping({ "/services/cases/{number}", "/en/services/cases/{number}" })
	String own(@PathVariable String number, HttpServletRequest request, HttpServletResponse response,
			@Nullable Principal principal, Model model) {
		response.setHeader("Cache-Control", "no-store");
		// part E: a 查询码 session (FollowedCases) comes back here too, without an account
		boolean followed = FollowedCases.holds(request, number);
		if (principal == null && !followed) {
			return "redirect:/login";
		}
		UUID account = principal == null ? null : account(principal);
		PermitCase found = results.forApplicant(number, account, followed)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return show(found, account != null && account.equals(found.applicantAccountId()), request, model);
	}

	@GetMapping({ "/services/cases/follow", "/en/services/cases/follow" })
	String followForm(HttpServletRequest request, Model model) {
		model.addAttribute("english", ApplicationPages.english(request));
		model.addAttribute("follow", new FollowCaseForm());
		return FOLLOW;
	}

	@PostMapping({ "/services/cases/follow", "/en/services/cases/follow" })
	String follow(@Valid @ModelAttribute("follow") FollowCaseForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, @Nullable Principal principal, Model model) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("english", ApplicationPages.english(request));
		if (errors.hasErrors()) {
			return FOLLOW;
		}
		PermitCase found;
		try {
			found = lookups.byCode(form.getNumber(), form.getCode(), principal == null ? null : principal.getName(),
					request.getRemoteAddr());
		}
		catch (ApplicationRefused wrong) {
			form.setCode("");
			errors.rejectValue("code", "permit.follow.wrong");
			return FOLLOW;
		}
		FollowedCases.remember(request, String.valueOf(found.number()));
		return show(found, false, request, model);
	}

	private String show(PermitCase found, boolean owner, HttpServletRequest request, Model model) {
		Guide guide = applications.guideOf(found);
		List<CaseMaterial> handedIn = applications.materialsOf(found.id());
		List<HistoryEntry> timeline = applicantTimeline(lookups.timeline(found));
		model.addAttribute("english", ApplicationPages.english(request));
		model.addAttribute("permitCase", found);
		model.addAttribute("itemName", name(guide, request));
		model.addAttribute("guide", guide);
		model.addAttribute("materials", handedIn);
		model.addAttribute("timeline", timeline);
		model.addAttribute("owner", owner);
		model.addAttribute("results", results.of(found));
		model.addAttribute("correction", correction(found));
		FollowedCases.prepareForms(request);
		return CASE;
	}

	/**
	 * The steps in plain words: the moves between states, and the closing of the case
	 * unless a move into 办结 just said so (the core journals both when a step ends the
	 * case).
	 */
	static List<HistoryEntry> applicantTimeline(List<HistoryEntry> history) {
		List<HistoryEntry> shown = new ArrayList<>();
		for (HistoryEntry entry : history) {
			boolean closedJustNow = "CLOSED".equals(entry.action()) && !shown.isEmpty()
					&& "CLOSED".equals(shown.get(shown.size() - 1).toState());
			if (("TRANSITION".equals(entry.action()) || "CLOSED".equals(entry.action())) && !closedJustNow) {
				shown.add(entry);
			}
		}
		return shown;
	}

	/** The one 补正 notice's items while the case waits for them; empty otherwise. */
	private List<CorrectionLine> correction(PermitCase found) {
		CorrectionNotice notice = found.state() == PermitCaseState.CORRECTION ? acceptance.noticeOf(found.id()) : null;
		if (notice == null) {
			return List.of();
		}
		List<Integer> missing = acceptance.missing(found, notice);
		List<CorrectionLine> lines = new ArrayList<>();
		for (int index = 0; index < notice.items().size(); index++) {
			CorrectionItem item = notice.items().get(index);
			lines.add(new CorrectionLine(item.name(), item.reason(), !missing.contains(index)));
		}
		return lines;
	}

	private UUID account(Principal principal) {
		return accounts.find(principal.getName())
			.map(AccountView::id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String itemCode(PermitCase permitCase) {
		return applications.itemCode(permitCase);
	}

	private static String name(Guide guide, HttpServletRequest request) {
		return ApplicationPages.english(request) && guide.nameEn() != null ? guide.nameEn() : guide.name();
	}

	/** 办件查询: the 办件编号 and the 查询码. */
	static class FollowCaseForm {

		@NotBlank(message = "{permit.follow.numberMissing}")
		@Size(max = 40, message = "{permit.follow.numberMissing}")
		private String number = "";

		@NotBlank(message = "{permit.follow.codeMissing}")
		@Size(max = 20, message = "{permit.follow.codeMissing}")
		private String code = "";

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

}
