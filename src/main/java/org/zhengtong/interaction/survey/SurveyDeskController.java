package org.zhengtong.interaction.survey;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 网上调查和意见征集 in the workbench, for the 互动栏目编辑 ({@code interaction.moderate}): the list, a
 * new survey or consultation, its texts and questions while it has not opened, 发布 and 结束,
 * the free-text answers to approve or hide, the results as they stand, and, once closed,
 * 公布结果 with a consultation's 采纳情况.
 */
@Controller
class SurveyDeskController implements WorkbenchMenuContributor {

	static final String MODERATE = "hasAuthority('interaction.moderate')";

	static final String LIST = "interaction/survey-desk-list";

	static final String FORM = "interaction/survey-desk-form";

	static final String DETAIL = "interaction/survey-desk-detail";

	private final SurveyService service;

	private final SurveyRecords records;

	private final Clock clock;

	SurveyDeskController(SurveyService service, SurveyRecords records, Clock clock) {
		this.service = service;
		this.records = records;
		this.clock = clock;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/workbench/surveys")
	@PreAuthorize(MODERATE)
	String list(@RequestParam(required = false) @Nullable SurveyKind kind,
			@RequestParam(required = false) @Nullable String title, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("surveys", records.list(false, kind, title, Math.max(page, 0), ListQuery.pageSize(20)));
		model.addAttribute("kind", kind);
		model.addAttribute("title", title);
		model.addAttribute("kinds", SurveyKind.values());
		model.addAttribute("now", clock.instant());
		return LIST;
	}

	@GetMapping("/workbench/surveys/new")
	@PreAuthorize(MODERATE)
	String newSurvey(@RequestParam(defaultValue = "SURVEY") SurveyKind kind, Model model) {
		SurveyForm form = new SurveyForm();
		form.setKind(kind);
		LocalDateTime tomorrow = LocalDateTime.now(clock)
			.plusDays(1)
			.withHour(9)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		form.setOpensAt(tomorrow);
		form.setClosesAt(tomorrow.plus(Duration.ofDays(30)));
		model.addAttribute("form", form);
		model.addAttribute("kinds", SurveyKind.values());
		return FORM;
	}

	@PostMapping("/workbench/surveys")
	@PreAuthorize(MODERATE)
	String create(@Validated @ModelAttribute("form") SurveyForm form, BindingResult errors, Principal user, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("kinds", SurveyKind.values());
			return FORM;
		}
		try {
			Survey survey = service.create(form.getKind(), form.toDescription(zone()), user.getName());
			redirect.addFlashAttribute("success", "interaction.survey.created");
			return "redirect:/workbench/surveys/" + survey.id();
		}
		catch (Refusal refused) {
			model.addAttribute("kinds", SurveyKind.values());
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return FORM;
		}
	}

	@GetMapping("/workbench/surveys/{id}")
	@PreAuthorize(MODERATE)
	String detail(@PathVariable UUID id, Model model) {
		Survey survey = service.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("survey", survey);
		model.addAttribute("status", survey.status(clock.instant()));
		model.addAttribute("questions", service.questions(id));
		model.addAttribute("results", service.results(survey, true));
		model.addAttribute("pending", service.pending(id));
		if (!model.containsAttribute("question")) {
			model.addAttribute("question", new QuestionForm());
		}
		model.addAttribute("questionKinds", QuestionKind.values());
		return DETAIL;
	}

	@GetMapping("/workbench/surveys/{id}/edit")
	@PreAuthorize(MODERATE)
	String edit(@PathVariable UUID id, Model model) {
		Survey survey = service.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("survey", survey);
		model.addAttribute("form", SurveyForm.of(survey, zone()));
		model.addAttribute("kinds", SurveyKind.values());
		return FORM;
	}

	@PostMapping("/workbench/surveys/{id}")
	@PreAuthorize(MODERATE)
	String update(@PathVariable UUID id, @Validated @ModelAttribute("form") SurveyForm form, BindingResult errors,
			Principal user, Model model, RedirectAttributes redirect) {
		Survey survey = service.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("survey", survey);
		model.addAttribute("kinds", SurveyKind.values());
		if (errors.hasErrors()) {
			return FORM;
		}
		try {
			service.update(id, form.getVersion(), form.toDescription(zone()), user.getName());
			redirect.addFlashAttribute("success", "interaction.survey.saved");
			return "redirect:/workbench/surveys/" + id;
		}
		catch (Refusal refused) {
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return FORM;
		}
		catch (OptimisticLockingFailureException meanwhile) {
			model.addAttribute("error", SurveyRefused.changedMeanwhile().messageKey());
			return FORM;
		}
	}

	@PostMapping("/workbench/surveys/{id}/questions")
	@PreAuthorize(MODERATE)
	String addQuestion(@PathVariable UUID id, @Validated @ModelAttribute("question") QuestionForm form,
			BindingResult errors, Principal user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("errorTexts",
					errors.getAllErrors().stream().map((e) -> e.getDefaultMessage()).toList());
			redirect.addFlashAttribute("question", form);
			return back(id);
		}
		return step(id, redirect, "interaction.survey.questionAdded",
				(actor) -> service.addQuestion(id, form.toQuestion(), user.getName()));
	}

	@PostMapping("/workbench/surveys/{id}/questions/remove")
	@PreAuthorize(MODERATE)
	String removeQuestion(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID question,
			Principal user, RedirectAttributes redirect) {
		if (question == null) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return step(id, redirect, "interaction.survey.questionRemoved",
				(actor) -> service.removeQuestion(id, question, user.getName()));
	}

	@PostMapping("/workbench/surveys/{id}/open")
	@PreAuthorize(MODERATE)
	String open(@PathVariable UUID id, Principal user, RedirectAttributes redirect) {
		return step(id, redirect, "interaction.survey.opened", (actor) -> service.publish(id, user.getName()));
	}

	@PostMapping("/workbench/surveys/{id}/close")
	@PreAuthorize(MODERATE)
	String close(@PathVariable UUID id, Principal user, RedirectAttributes redirect) {
		return step(id, redirect, "interaction.survey.closed", (actor) -> service.close(id, user.getName()));
	}

	@PostMapping("/workbench/surveys/{id}/results")
	@PreAuthorize(MODERATE)
	String publishResults(@PathVariable UUID id, @RequestParam(defaultValue = "") String adoption, Principal user,
			RedirectAttributes redirect) {
		if (adoption.length() > 20000) {
			redirect.addFlashAttribute("error", "interaction.survey.form.adoptionTooLong");
			return back(id);
		}
		return step(id, redirect, "interaction.survey.resultsPublished",
				(actor) -> service.publishResults(id, adoption, user.getName()));
	}

	@PostMapping("/workbench/surveys/{id}/moderate")
	@PreAuthorize(MODERATE)
	String moderate(@PathVariable UUID id, @RequestParam(defaultValue = "0") long answer,
			@RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String text,
			Principal user, RedirectAttributes redirect) {
		boolean approve = "approve".equals(decision);
		return step(id, redirect, approve ? "interaction.survey.answerApproved" : "interaction.survey.answerHidden",
				(actor) -> service.moderate(id, answer, approve, text, user.getName()));
	}

	/** Runs a step and says how it went on the survey's page (refusals in one place). */
	private String step(UUID id, RedirectAttributes redirect, String success, Consumer<String> step) {
		if (service.find(id).isEmpty()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		try {
			step.accept("");
			redirect.addFlashAttribute("success", success);
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		catch (OptimisticLockingFailureException meanwhile) {
			redirect.addFlashAttribute("error", SurveyRefused.changedMeanwhile().messageKey());
		}
		return back(id);
	}

	private static String back(UUID id) {
		return "redirect:/workbench/surveys/" + id;
	}

	private ZoneId zone() {
		return clock.getZone();
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "interaction.survey.menu", "/workbench/surveys",
				"interaction.moderate", 60));
	}

}
