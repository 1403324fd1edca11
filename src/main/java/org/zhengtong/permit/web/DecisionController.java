package org.zhengtong.permit.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.permit.DecisionRefused;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.DecisionAccess;
import org.zhengtong.permit.internal.DecisionDesk;
import org.zhengtong.permit.internal.DecisionRecords;
import org.zhengtong.permit.internal.DecisionRecords.QueueFilter;
import org.zhengtong.permit.internal.DecisionRecords.QueueRow;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;
import org.zhengtong.shared.Refusal;

/**
 * 审查 and 决定 in the workbench: the department's 待审查 queue and a case's review page (the
 * case file and the 审查意见 that sends it for decision), the 待决定 queue and the decision page
 * (准予许可, 不予许可 with reasons, 退回审查), and the read-only record of any case for the
 * department's staff and the 电子监察员. Anyone else is told the pages do not exist.
 */
@Controller
class DecisionController implements WorkbenchMenuContributor {

	static final String REVIEW = "/workbench/permit/review";

	static final String DECIDE = "/workbench/permit/decide";

	static final String RECORD = "/workbench/permit/record";

	static final String LIST = "permit/decision-list";

	static final String REVIEW_PAGE = "permit/review-detail";

	static final String DECIDE_PAGE = "permit/decision-detail";

	static final String RECORD_PAGE = "permit/case-record";

	private final DecisionDesk desk;

	private final DecisionAccess access;

	private final DecisionRecords records;

	private final CaseFiles files;

	private final MessageSource messages;

	DecisionController(DecisionDesk desk, DecisionAccess access, DecisionRecords records, CaseFiles files,
			MessageSource messages) {
		this.desk = desk;
		this.access = access;
		this.records = records;
		this.files = files;
		this.messages = messages;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(
				new WorkbenchMenuItem("menu.section.permit", "permit.review.menu", REVIEW, PermitRoles.REVIEW, 30),
				new WorkbenchMenuItem("menu.section.permit", "permit.decide.menu", DECIDE, PermitRoles.DECIDE, 31));
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** A row of a queue as the page shows it (a citizen's name masked). */
	record Row(QueueRow row, String applicant) {
	}

	@GetMapping(REVIEW)
	String reviewQueue(@RequestParam(name = "number", required = false) @Nullable String number,
			@RequestParam(name = "item", required = false) @Nullable String item,
			@RequestParam(name = "sort", required = false) @Nullable String sort,
			@RequestParam(name = "page", defaultValue = "0") int page, Principal principal, Model model) {
		return queue(PermitRoles.REVIEW, PermitCaseState.ACCEPTED, REVIEW, "permit.review.menu", number, item, sort,
				page, principal, model);
	}

	@GetMapping(DECIDE)
	String decideQueue(@RequestParam(name = "number", required = false) @Nullable String number,
			@RequestParam(name = "item", required = false) @Nullable String item,
			@RequestParam(name = "sort", required = false) @Nullable String sort,
			@RequestParam(name = "page", defaultValue = "0") int page, Principal principal, Model model) {
		return queue(PermitRoles.DECIDE, PermitCaseState.REVIEWED, DECIDE, "permit.decide.menu", number, item, sort,
				page, principal, model);
	}

	private String queue(String permission, PermitCaseState state, String base, String title, @Nullable String number,
			@Nullable String item, @Nullable String sort, int page, Principal principal, Model model) {
		AccessScope scope = access.scope(principal.getName(), permission);
		if (scope.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		PageOf<QueueRow> rows = records.queue(scope, state, new QueueFilter(number, item),
				sort == null || sort.isBlank() ? null : ListSort.parse(sort), page, 20);
		model.addAttribute("rows", rows);
		model.addAttribute("shown",
				rows.items()
					.stream()
					.map((row) -> new Row(row, AcceptanceController.masked(row.applicantName(), row.applicantKind())))
					.toList());
		model.addAttribute("base", base);
		model.addAttribute("title", title);
		model.addAttribute("number", number);
		model.addAttribute("item", item);
		model.addAttribute("sort", sort);
		model.addAttribute("pageBase",
				base + "?number=" + text(number) + "&item=" + text(item) + "&sort=" + text(sort) + "&page=");
		return LIST;
	}

	@GetMapping(REVIEW + "/{number}")
	String review(@PathVariable String number, Principal principal, Model model) {
		PermitCase found = found(() -> desk.forReviewer(number, principal.getName()));
		files.fill(found, model);
		model.addAttribute("reviewing", found.state() == PermitCaseState.ACCEPTED);
		return REVIEW_PAGE;
	}

	@PostMapping(REVIEW + "/{number}")
	String submitReview(@PathVariable String number, @Valid @ModelAttribute DecisionForms.ReviewForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		PermitCase found = found(() -> desk.forReviewer(number, principal.getName()));
		return act(REVIEW + "/" + number, errors, redirect, "permit.review.done",
				() -> desk.review(found.id(), form.getOpinion() == null ? "" : form.getOpinion(), principal.getName()));
	}

	@GetMapping(DECIDE + "/{number}")
	String decision(@PathVariable String number, Principal principal, Model model) {
		PermitCase found = found(() -> desk.forLeader(number, principal.getName()));
		files.fill(found, model);
		model.addAttribute("deciding", found.state() == PermitCaseState.REVIEWED);
		model.addAttribute("remedy", desk.remedy(found.departmentId()));
		return DECIDE_PAGE;
	}

	@PostMapping(DECIDE + "/{number}/approve")
	String approve(@PathVariable String number, @Valid @ModelAttribute DecisionForms.DecideForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		PermitCase found = found(() -> desk.forLeader(number, principal.getName()));
		return act(DECIDE + "/" + number, errors, redirect, "permit.decide.done.approved",
				() -> desk.approve(found.id(), form.getText() == null ? "" : form.getText(), principal.getName()));
	}

	@PostMapping(DECIDE + "/{number}/refuse")
	String refuse(@PathVariable String number, @Valid @ModelAttribute DecisionForms.DecideForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		PermitCase found = found(() -> desk.forLeader(number, principal.getName()));
		return act(DECIDE + "/" + number, errors, redirect, "permit.decide.done.refused",
				() -> desk.refuse(found.id(), form.getText() == null ? "" : form.getText(), principal.getName()));
	}

	@PostMapping(DECIDE + "/{number}/return")
	String sendBack(@PathVariable String number, @Valid @ModelAttribute DecisionForms.ReturnForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		PermitCase found = found(() -> desk.forLeader(number, principal.getName()));
		return act(DECIDE + "/" + number, errors, redirect, "permit.decide.done.returned",
				() -> desk.sendBack(found.id(), form.getReason() == null ? "" : form.getReason(), principal.getName()));
	}

	@GetMapping(RECORD + "/{number}")
	String record(@PathVariable String number, Principal principal, Model model) {
		PermitCase found = found(() -> desk.forReader(number, principal.getName()));
		files.fill(found, model);
		return RECORD_PAGE;
	}

	/**
	 * Runs an action and comes back to the page: a form error or a refusal is shown there
	 * in the reader's language, nothing changed; a case outside the reader's department
	 * answers 404. The one place refusals become messages for these pages.
	 */
	private String act(String page, BindingResult errors, RedirectAttributes redirect, String done, Runnable action) {
		String back = "redirect:" + page;
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("errorTexts",
					errors.getAllErrors()
						.stream()
						.map((error) -> messages.getMessage(error, LocaleContextHolder.getLocale()))
						.toList());
			return back;
		}
		try {
			action.run();
			redirect.addFlashAttribute("success", done);
		}
		catch (DecisionRefused refused) {
			if (DecisionRefused.NOT_FOUND.equals(refused.messageKey())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
			}
			flash(redirect, refused);
		}
		catch (Refusal refused) {
			flash(redirect, refused);
		}
		return back;
	}

	private static void flash(RedirectAttributes redirect, Refusal refused) {
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
	}

	private static PermitCase found(java.util.function.Supplier<PermitCase> lookup) {
		try {
			return lookup.get();
		}
		catch (DecisionRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
