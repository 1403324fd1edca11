package org.zhengtong.interaction.survey;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.interaction.internal.Captchas;
import org.zhengtong.interaction.internal.SubmissionGuard;
import org.zhengtong.interaction.internal.SubmissionRefused;
import org.zhengtong.platform.PublicFormContributor;
import org.zhengtong.platform.WebAreas;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 网上调查和意见征集 on the portal, in Chinese and under {@code /en/}: the list, a survey with its
 * questions while it is open (answered with a public account, or after verifying a phone
 * by SMS code), and its results with charts and tables once published, with a
 * consultation's 采纳情况. The forms post to fixed addresses (the survey in a field),
 * declared for anonymous visitors.
 */
@Controller
class SurveyPortalController implements PublicFormContributor {

	static final String LIST = "interaction/survey-list";

	static final String DETAIL = "interaction/survey-detail";

	private final SurveyService service;

	private final SurveyRecords records;

	private final PhoneCodes phones;

	private final Clock clock;

	private final SubmissionGuard guard;

	private final Captchas captchas;

	SurveyPortalController(SurveyService service, SurveyRecords records, PhoneCodes phones, Clock clock,
			SubmissionGuard guard, Captchas captchas) {
		this.guard = guard;
		this.captchas = captchas;
		this.service = service;
		this.records = records;
		this.phones = phones;
		this.clock = clock;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping({ "/interaction/surveys", "/en/interaction/surveys" })
	String list(@RequestParam(required = false) @Nullable SurveyKind kind, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		model.addAttribute("english", english(request));
		model.addAttribute("surveys", records.list(true, kind, null, Math.max(page, 0), ListQuery.pageSize(20)));
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", SurveyKind.values());
		model.addAttribute("now", clock.instant());
		return LIST;
	}

	@GetMapping({ "/interaction/surveys/{id}", "/en/interaction/surveys/{id}" })
	String detail(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response,
			@Nullable Principal user, Model model) {
		Survey survey = service.find(id)
			.filter(Survey::publicToo)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		String username = user == null ? null : user.getName();
		SurveyStatus status = survey.status(clock.instant());
		model.addAttribute("english", english(request));
		model.addAttribute("survey", survey);
		model.addAttribute("status", status);
		model.addAttribute("questions", service.questions(id));
		model.addAttribute("withAccount", service.answersWithAccount(username));
		model.addAttribute("answered", service.answeredBy(id, username));
		model.addAttribute("smsAvailable", phones.available());
		model.addAttribute("results", survey.resultsPublished() ? service.results(survey, false) : null);
		if (user == null && status == SurveyStatus.OPEN) {
			// a visitor who is not signed in answers a captcha, which serves once: a
			// fresh one on every showing, never stored by a cache
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("captcha", captchas.issue());
		}
		return DETAIL;
	}

	@PostMapping({ "/interaction/surveys/code", "/en/interaction/surveys/code" })
	String sendCode(@RequestParam(required = false) @Nullable UUID survey,
			@RequestParam(defaultValue = "") String phone, HttpServletRequest request, RedirectAttributes redirect) {
		UUID id = known(survey);
		String number = phone.strip();
		try {
			service.sendCode(id, number, request.getRemoteAddr());
			redirect.addFlashAttribute("phone", number);
			redirect.addFlashAttribute("success", "interaction.survey.codeSent");
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("phone", number);
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return back(id, request);
	}

	@PostMapping({ "/interaction/surveys/answer", "/en/interaction/surveys/answer" })
	String answer(@ModelAttribute("answer") AnswerForm form, @Nullable Principal user, HttpServletRequest request,
			RedirectAttributes redirect) {
		UUID id = known(form.getSurvey());
		String username = user == null ? null : user.getName();
		try {
			// rate limits per address and account; the captcha when not signed in (over a
			// limit, SubmissionRefused goes on to the 429 page)
			guard.check(new SubmissionGuard.Attempt("answer", username, request.getRemoteAddr(),
					username == null
							? new SubmissionGuard.CaptchaAnswer(form.getCaptchaToken(), form.getCaptchaAnswer()) : null,
					List.of()));
			service.answer(id, new SurveyService.Answerer(username, blankToNull(form.getPhone()),
					blankToNull(form.getCode()), request.getRemoteAddr()), form.toAnswers());
			redirect.addFlashAttribute("success", "interaction.survey.thanks");
		}
		catch (Refusal refused) {
			if (refused instanceof SubmissionRefused over && over.retryAt() != null) {
				throw over;
			}
			// What they wrote stays on the page, unless nothing more can be answered.
			if (!refused.messageKey().endsWith(".alreadyAnswered")) {
				redirect.addFlashAttribute("given", new java.util.HashMap<>(form.getAnswers()));
				redirect.addFlashAttribute("phone", form.getPhone().strip());
			}
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return back(id, request);
	}

	private UUID known(@Nullable UUID survey) {
		if (survey == null || service.find(survey).filter(Survey::publicToo).isEmpty()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return survey;
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

	private static String back(UUID id, HttpServletRequest request) {
		return "redirect:" + (english(request) ? "/en" : "") + "/interaction/surveys/" + id;
	}

	private static boolean english(HttpServletRequest request) {
		return WebAreas.pathOf(request).startsWith("/en/");
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of("/interaction/surveys/code", "/en/interaction/surveys/code", "/interaction/surveys/answer",
				"/en/interaction/surveys/answer");
	}

}
