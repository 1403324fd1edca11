package org.zhengtong.interaction.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.interaction.internal.DisclosureLetterService;
import org.zhengtong.interaction.internal.DisclosureRequest;
import org.zhengtong.interaction.internal.DisclosureRequests;
import org.zhengtong.interaction.internal.Captchas;
import org.zhengtong.interaction.internal.SubmissionGuard;
import org.zhengtong.interaction.internal.SubmissionRefused;
import org.zhengtong.interaction.internal.DisclosureRequestService;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.platform.PublicFormContributor;
import org.zhengtong.shared.Refusal;

/**
 * 政府信息公开申请 on the portal (Chinese, and English under {@code /en/}): the statutory form
 * (政府信息公开条例 art. 29) for anyone, signed in or not; the number and, for a visitor without
 * an account, a 查询码 shown once; and following a request by number and 查询码 (POST: the code
 * never travels in an address) or, signed in, the account's own requests.
 */
@Controller
class DisclosureFormController implements PublicFormContributor {

	static final String FORM = "interaction/disclosure-form";

	static final String SENT = "interaction/disclosure-sent";

	static final String FOLLOW = "interaction/disclosure-follow";

	private final DisclosureRequestService service;

	private final DisclosureRequests requests;

	private final Deadlines deadlines;

	private final UnitManagement units;

	private final AccountManagement accounts;

	private final Clock clock;

	private final SubmissionGuard guard;

	private final Captchas captchas;

	private final DisclosureLetterService letters;

	DisclosureFormController(DisclosureRequestService service, DisclosureRequests requests, Deadlines deadlines,
			UnitManagement units, AccountManagement accounts, Clock clock, SubmissionGuard guard, Captchas captchas,
			DisclosureLetterService letters) {
		this.letters = letters;
		this.guard = guard;
		this.captchas = captchas;
		this.service = service;
		this.requests = requests;
		this.deadlines = deadlines;
		this.units = units;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of("/interaction/disclosure", "/en/interaction/disclosure", "/interaction/disclosure/follow",
				"/en/interaction/disclosure/follow");
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "channel", "receivedOn");
	}

	/** What the follow form sends: the number and the 查询码. */
	record FollowForm(
			@NotBlank(message = "{interaction.disclosure.form.required}") @Size(max = 80,
					message = "{interaction.disclosure.form.tooLong}") String number,
			@NotBlank(message = "{interaction.disclosure.form.required}") @Size(max = 20,
					message = "{interaction.disclosure.form.tooLong}") String code) {
	}

	@GetMapping({ "/interaction/disclosure/new", "/en/interaction/disclosure/new" })
	String form(HttpServletRequest request, HttpServletResponse response, @Nullable Principal principal, Model model) {
		model.addAttribute("form", new DisclosureForm());
		return formPage(request, response, principal, model);
	}

	@PostMapping({ "/interaction/disclosure", "/en/interaction/disclosure" })
	String send(@Valid @ModelAttribute("form") DisclosureForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, @Nullable Principal principal, Model model, RedirectAttributes redirect) {
		form.check(errors);
		if (form.getUnitId() != null && !government(form.getUnitId())) {
			errors.rejectValue("unitId", "interaction.disclosure.unit.invalid", "Choose a unit");
		}
		if (errors.hasErrors()) {
			return formPage(request, response, principal, model);
		}
		AccountView account = publicAccount(principal);
		try {
			// rate limits per address and account, the captcha of an anonymous applicant
			// (over a limit, SubmissionRefused goes on to the 429 page)
			guard.check(new SubmissionGuard.Attempt("disclosure", principal == null ? null : principal.getName(),
					request.getRemoteAddr(),
					principal == null
							? new SubmissionGuard.CaptchaAnswer(form.getCaptchaToken(), form.getCaptchaAnswer()) : null,
					List.of()));
		}
		catch (SubmissionRefused refused) {
			if (refused.retryAt() != null) {
				throw refused;
			}
			model.addAttribute("captchaError", refused.messageKey());
			return formPage(request, response, principal, model);
		}
		try {
			DisclosureRequestService.Received received = service.receive(form.toCommand(
					DisclosureRequest.Channel.ONLINE, LocalDate.now(clock), account == null ? null : account.id(),
					account == null ? AccountManagement.SYSTEM : account.username()));
			redirect.addFlashAttribute("number", received.request().number());
			redirect.addFlashAttribute("code", received.queryCode());
			redirect.addFlashAttribute("replyClock", received.request().replyClockId() == null ? null
					: deadlines.view(received.request().replyClockId()).dueDay().toString());
			return "redirect:" + prefix(request) + "/interaction/disclosure/sent";
		}
		catch (Refusal refused) {
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return formPage(request, response, principal, model);
		}
	}

	@GetMapping({ "/interaction/disclosure/sent", "/en/interaction/disclosure/sent" })
	String sent(HttpServletRequest request, Model model) {
		if (!model.containsAttribute("number")) {
			return "redirect:" + prefix(request) + "/interaction/disclosure/follow";
		}
		model.addAttribute("english", english(request));
		return SENT;
	}

	@GetMapping({ "/interaction/disclosure/follow", "/en/interaction/disclosure/follow" })
	String follow(HttpServletRequest request, @Nullable Principal principal, Model model) {
		model.addAttribute("followForm", new FollowForm("", ""));
		return followPage(request, principal, model, null);
	}

	@PostMapping({ "/interaction/disclosure/follow", "/en/interaction/disclosure/follow" })
	String follow(@Valid @ModelAttribute("followForm") FollowForm form, BindingResult errors,
			HttpServletRequest request, @Nullable Principal principal, Model model) {
		if (!errors.hasErrors()) {
			// 查询码 look-ups are throttled like a letter's (SubmissionRefused.tooMany
			// propagates)
			guard.check(new SubmissionGuard.Attempt("lookup", principal == null ? null : principal.getName(),
					request.getRemoteAddr(), null, List.of()));
		}
		DisclosureRequest found = errors.hasErrors() ? null : service.follow(form.number(), form.code());
		if (found == null && !errors.hasErrors()) {
			model.addAttribute("error", "interaction.disclosure.follow.notFound");
		}
		return followPage(request, principal, model, found);
	}

	private String followPage(HttpServletRequest request, @Nullable Principal principal, Model model,
			@Nullable DisclosureRequest found) {
		model.addAttribute("english", english(request));
		AccountView account = publicAccount(principal);
		List<Shown> own = account == null ? List.of()
				: requests.findByApplicantAccountIdOrderByReceivedOnDesc(account.id())
					.stream()
					.map(this::shown)
					.toList();
		model.addAttribute("own", own);
		model.addAttribute("found", found == null ? null : shown(found));
		return FOLLOW;
	}

	/** A request as its applicant sees it, with the answer's clock. */
	record Shown(DisclosureRequest request, @Nullable ClockView reply, @Nullable ClockView correction,
			@Nullable String unitName, boolean letterSealed) {
	}

	private Shown shown(DisclosureRequest request) {
		return new Shown(request, request.replyClockId() == null ? null : deadlines.view(request.replyClockId()),
				request.correctionClockId() == null ? null : deadlines.view(request.correctionClockId()),
				units.find(request.unitId(), LocalDate.now(clock)).map((unit) -> unit.names().fullName()).orElse(null),
				letters.sealedFor(request).isPresent());
	}

	private String formPage(HttpServletRequest request, HttpServletResponse response, @Nullable Principal principal,
			Model model) {
		model.addAttribute("english", english(request));
		model.addAttribute("units", governmentUnits());
		if (principal == null) {
			// a challenge serves once: a fresh one each time the form is shown, never
			// stored by a cache
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("captcha", captchas.issue());
		}
		if (model.getAttribute("form") instanceof DisclosureForm shown) {
			shown.setCaptchaAnswer(null);
		}
		return FORM;
	}

	private List<UnitView> governmentUnits() {
		return units.tree(LocalDate.now(clock))
			.stream()
			.filter((unit) -> unit.kind() == UnitKind.GOVERNMENT || unit.kind() == UnitKind.DEPARTMENT
					|| unit.kind() == UnitKind.DISTRICT)
			.toList();
	}

	private boolean government(UUID unit) {
		return governmentUnits().stream().anyMatch((view) -> view.id().equals(unit));
	}

	private @Nullable AccountView publicAccount(@Nullable Principal principal) {
		if (principal == null) {
			return null;
		}
		return accounts.find(principal.getName()).filter((account) -> account.kind() != AccountKind.STAFF).orElse(null);
	}

	private static boolean english(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/en/");
	}

	private static String prefix(HttpServletRequest request) {
		return english(request) ? "/en" : "";
	}

}
