package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.interaction.internal.Captchas;
import org.zhengtong.interaction.internal.InterviewDesk;
import org.zhengtong.interaction.internal.InterviewReading;
import org.zhengtong.interaction.internal.InterviewRecords;
import org.zhengtong.interaction.internal.InterviewRefused;
import org.zhengtong.interaction.internal.InterviewState;
import org.zhengtong.interaction.internal.SubmissionGuard;
import org.zhengtong.interaction.internal.SubmissionRefused;
import org.zhengtong.platform.ContentSecurityPolicy;
import org.zhengtong.platform.PublicFormContributor;
import org.zhengtong.platform.WebAreas;

/**
 * 在线访谈 on the public site (Chinese, and English under {@code /en/}): the interviews to
 * come and the archive; an interview's page with its guests, its stream if it has one,
 * the transcript — which a small script keeps up to date by asking for the lines
 * published since the last one it has, and which a refresh link brings up to date without
 * it — the questions shown, and the form to ask one.
 */
@Controller
class InterviewController implements PublicFormContributor {

	static final String LIST = "interaction/interviews";

	static final String PAGE = "interaction/interview";

	static final String ASK_PAGE = "interaction/interview-ask";

	static final String ASK = "/interaction/interviews/questions";

	private final InterviewReading reading;

	private final InterviewRecords records;

	private final InterviewDesk desk;

	private final AccountManagement accounts;

	private final Captchas captchas;

	InterviewController(InterviewReading reading, InterviewRecords records, InterviewDesk desk,
			AccountManagement accounts, Captchas captchas) {
		this.captchas = captchas;
		this.reading = reading;
		this.records = records;
		this.desk = desk;
		this.accounts = accounts;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** Every page knows its site: Chinese, or English under /en/. */
	@ModelAttribute
	void site(HttpServletRequest request, Model model) {
		boolean english = english(request);
		model.addAttribute("english", english);
		model.addAttribute("prefix", english ? "/en" : "");
	}

	@GetMapping({ "/interaction/interviews", "/en/interaction/interviews" })
	String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		boolean english = english(request);
		model.addAttribute("coming", reading.coming());
		model.addAttribute("archive", records.archive(page, 20));
		model.addAttribute("pageLink", (english ? "/en" : "") + "/interaction/interviews?page=");
		return LIST;
	}

	@GetMapping({ "/interaction/interviews/{id}", "/en/interaction/interviews/{id}" })
	String page(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response, Model model) {
		boolean english = english(request);
		InterviewReading.Page page = found(id, english);
		if (page.embedsMedia()) {
			// Frames and media from the configured media server, and from nowhere else.
			response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.withMedia(reading.mediaOrigin()));
		}
		model.addAttribute("page", page);
		model.addAttribute("interview", page.interview());
		model.addAttribute("ended", page.interview().state() == InterviewState.ENDED);
		return PAGE;
	}

	/** 我要提问: the form, while the interview takes questions. */
	@GetMapping({ "/interaction/interviews/{id}/ask", "/en/interaction/interviews/{id}/ask" })
	String askForm(@PathVariable UUID id, HttpServletRequest request, Model model, @Nullable Principal principal) {
		boolean english = english(request);
		InterviewReading.Page page = found(id, english);
		if (!page.interview().takesQuestions()) {
			return "redirect:" + (english ? "/en" : "") + "/interaction/interviews/" + id;
		}
		QuestionForm form = new QuestionForm();
		form.setInterview(id);
		model.addAttribute("question", form);
		return askPage(page, principal, request, model);
	}

	/**
	 * The lines published after {@code after}, and where the interview stands: what the
	 * page's script asks for every few seconds.
	 */
	@GetMapping("/interaction/interviews/{id}/lines")
	@ResponseBody
	Lines lines(@PathVariable UUID id, @RequestParam(defaultValue = "0") long after, HttpServletResponse response) {
		InterviewReading.Page page = found(id, false);
		response.setHeader("Cache-Control", "no-store");
		return new Lines(page.interview().state().name(), reading.linesAfter(id, Math.max(0, after)));
	}

	/** What the script is told: the state's code and the new lines. */
	record Lines(String state, List<InterviewReading.LineView> lines) {
	}

	@PostMapping({ ASK, "/en" + ASK })
	String ask(@Valid @ModelAttribute("question") QuestionForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model, @Nullable Principal principal, RedirectAttributes redirect) {
		boolean english = english(request);
		UUID id = form.getInterview();
		InterviewReading.Page page = id == null ? null : reading.page(id, english).orElse(null);
		if (id == null || page == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		AccountView account = principal == null ? null : accounts.find(principal.getName()).orElse(null);
		String name = form.getName().isBlank() && account != null ? account.displayName() : form.getName().strip();
		if (name.isBlank()) {
			errors.rejectValue("name", "interaction.interview.ask.nameMissing", "Give your name");
		}
		if (errors.hasErrors()) {
			return askPage(page, principal, request, model);
		}
		try {
			desk.ask(id,
					new InterviewDesk.Asker(account == null ? null : account.username(),
							account == null ? null : account.id(), name, request.getRemoteAddr(),
							account == null
									? new SubmissionGuard.CaptchaAnswer(form.getCaptchaToken(), form.getCaptchaAnswer())
									: null),
					form.getText().strip());
		}
		catch (SubmissionRefused refused) {
			if (refused.retryAt() != null) {
				throw refused;
			}
			errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
			return askPage(page, principal, request, model);
		}
		catch (InterviewRefused refused) {
			errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
			return askPage(page, principal, request, model);
		}
		redirect.addFlashAttribute("success", "interaction.interview.ask.received");
		return "redirect:" + (english ? "/en" : "") + "/interaction/interviews/" + id + "#ask";
	}

	private InterviewReading.Page found(UUID id, boolean english) {
		return reading.page(id, english).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String askPage(InterviewReading.Page page, @Nullable Principal principal, HttpServletRequest request,
			Model model) {
		// The form's token is made (and its session started) before the page is written.
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		model.addAttribute("interview", page.interview());
		model.addAttribute("anonymous", principal == null);
		if (principal == null) {
			// A challenge serves once: a fresh one each time the form is shown.
			model.addAttribute("captcha", captchas.issue());
		}
		return ASK_PAGE;
	}

	private static boolean english(HttpServletRequest request) {
		return WebAreas.isEnglishSite(WebAreas.pathOf(request));
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of(ASK, "/en" + ASK);
	}

}
