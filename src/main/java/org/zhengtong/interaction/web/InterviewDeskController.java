package org.zhengtong.interaction.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.internal.Interview;
import org.zhengtong.interaction.internal.InterviewDesk;
import org.zhengtong.interaction.internal.InterviewReading;
import org.zhengtong.interaction.internal.InterviewRecords;
import org.zhengtong.interaction.internal.InterviewRefused;
import org.zhengtong.interaction.internal.InterviewState;
import org.zhengtong.interaction.internal.MediaKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;
import org.zhengtong.shared.Refusal;

/**
 * 在线访谈 in the workbench, for the participation editors ({@code interaction.moderate}):
 * the list, the announcement form, and each interview's desk — start and end it, moderate
 * the questions sent to it, write the transcript and publish it line by line.
 */
@Controller
class InterviewDeskController implements WorkbenchMenuContributor {

	static final String LIST = "interaction/interview-list";

	static final String FORM = "interaction/interview-form";

	static final String DESK = "interaction/interview-desk";

	static final String MODERATE = "hasAuthority('" + InteractionRoles.MODERATE + "')";

	private final InterviewDesk desk;

	private final InterviewReading reading;

	private final InterviewRecords records;

	private final UnitManagement units;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	InterviewDeskController(InterviewDesk desk, InterviewReading reading, InterviewRecords records,
			UnitManagement units, Clock clock, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.desk = desk;
		this.reading = reading;
		this.records = records;
		this.units = units;
		this.clock = clock;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/workbench/interviews")
	@PreAuthorize(MODERATE)
	String list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		InterviewState shown = stateOf(state);
		PageOf<InterviewRecords.Row> rows = records.all(shown, q, ListSort.parse(sort), page, 20);
		model.addAttribute("interviews", rows);
		model.addAttribute("state", shown);
		model.addAttribute("states", InterviewState.values());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("sort", sort);
		model.addAttribute("pageLink",
				"/workbench/interviews?state=" + (shown == null ? "" : shown.name()) + "&q="
						+ java.net.URLEncoder.encode(q == null ? "" : q, java.nio.charset.StandardCharsets.UTF_8)
						+ (sort == null ? ""
								: "&sort=" + java.net.URLEncoder.encode(sort, java.nio.charset.StandardCharsets.UTF_8))
						+ "&page=");
		return LIST;
	}

	@GetMapping("/workbench/interviews/new")
	@PreAuthorize(MODERATE)
	String newForm(Model model) {
		model.addAttribute("form", new InterviewForm());
		return form(model, null);
	}

	@PostMapping("/workbench/interviews")
	@PreAuthorize(MODERATE)
	String announce(@Valid @ModelAttribute("form") InterviewForm form, BindingResult errors, Principal editor,
			Model model, RedirectAttributes redirect) {
		if (!checked(form, errors)) {
			return form(model, null);
		}
		try {
			Interview interview = desk.announce(form.toDetails(clock), picture(form.getPicture()), editor.getName());
			redirect.addFlashAttribute("success", "interaction.interview.announced");
			return "redirect:/workbench/interviews/" + interview.id();
		}
		catch (Refusal refused) {
			errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
			return form(model, null);
		}
	}

	@GetMapping("/workbench/interviews/{id}")
	@PreAuthorize(MODERATE)
	String desk(@PathVariable UUID id, Model model) {
		InterviewReading.Desk found = reading.desk(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", InterviewForm.of(found.page().interview(), clock));
		}
		if (!model.containsAttribute("line")) {
			model.addAttribute("line", new LineForm());
		}
		model.addAttribute("desk", found);
		model.addAttribute("interview", found.page().interview());
		model.addAttribute("mediaKinds", MediaKind.values());
		model.addAttribute("mediaOrigin", reading.mediaOrigin());
		model.addAttribute("units", activeUnits());
		return DESK;
	}

	@PostMapping("/workbench/interviews/{id}")
	@PreAuthorize(MODERATE)
	String describe(@PathVariable UUID id, @Valid @ModelAttribute("form") InterviewForm form, BindingResult errors,
			Principal editor, Model model, RedirectAttributes redirect) {
		if (!checked(form, errors)) {
			return desk(id, model);
		}
		try {
			desk.describe(id, form.toDetails(clock), picture(form.getPicture()), editor.getName());
			redirect.addFlashAttribute("success", "interaction.interview.described");
			return "redirect:/workbench/interviews/" + id;
		}
		catch (InterviewRefused refused) {
			if ("interaction.interview.refused.notFound".equals(refused.messageKey())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
			return desk(id, model);
		}
		catch (Refusal refused) {
			errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
			return desk(id, model);
		}
	}

	@PostMapping("/workbench/interviews/{id}/start")
	@PreAuthorize(MODERATE)
	String start(@PathVariable UUID id, Principal editor, RedirectAttributes redirect) {
		return act(id, redirect, "interaction.interview.started", () -> desk.start(id, editor.getName()));
	}

	@PostMapping("/workbench/interviews/{id}/end")
	@PreAuthorize(MODERATE)
	String end(@PathVariable UUID id, Principal editor, RedirectAttributes redirect) {
		return act(id, redirect, "interaction.interview.ended", () -> desk.end(id, editor.getName()));
	}

	@PostMapping("/workbench/interviews/{id}/questions/approve")
	@PreAuthorize(MODERATE)
	String approve(@PathVariable UUID id, @Valid @ModelAttribute("moderation") ModerationForm form,
			BindingResult errors, Principal editor, RedirectAttributes redirect) {
		if (errors.hasErrors() || form.getQuestion() == null) {
			return invalid(id, errors, redirect);
		}
		return act(id, redirect, "interaction.interview.questionApproved",
				() -> desk.approve(id, form.getQuestion(), form.getText(), editor.getName()));
	}

	@PostMapping("/workbench/interviews/{id}/questions/reject")
	@PreAuthorize(MODERATE)
	String reject(@PathVariable UUID id, @ModelAttribute("moderation") ModerationForm form, Principal editor,
			RedirectAttributes redirect) {
		UUID question = form.getQuestion();
		if (question == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return act(id, redirect, "interaction.interview.questionRejected",
				() -> desk.reject(id, question, editor.getName()));
	}

	@PostMapping("/workbench/interviews/{id}/lines")
	@PreAuthorize(MODERATE)
	String write(@PathVariable UUID id, @Valid @ModelAttribute("line") LineForm form, BindingResult errors,
			Principal editor, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("line", form);
			return invalid(id, errors, redirect);
		}
		return act(id, redirect, "interaction.interview.lineWritten",
				() -> desk.write(id, form.getSpeaker(), form.getText(), form.getQuestion(), editor.getName()));
	}

	@PostMapping("/workbench/interviews/{id}/lines/publish")
	@PreAuthorize(MODERATE)
	String publish(@PathVariable UUID id, @Valid @ModelAttribute("publish") LineForm form, BindingResult errors,
			Principal editor, RedirectAttributes redirect) {
		UUID line = form.getLine();
		if (errors.hasErrors() || line == null) {
			return invalid(id, errors, redirect);
		}
		return act(id, redirect, "interaction.interview.linePublished",
				() -> desk.publish(id, line, form.getSpeaker(), form.getText(), editor.getName()));
	}

	/**
	 * A refusal becomes a message on the desk; an interview that does not exist is 404.
	 */
	private static String act(UUID id, RedirectAttributes redirect, String success, Supplier<?> change) {
		try {
			change.get();
			redirect.addFlashAttribute("success", success);
		}
		catch (Refusal refused) {
			if ("interaction.interview.refused.notFound".equals(refused.messageKey())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/workbench/interviews/" + id;
	}

	/** Form errors shown on the desk after the redirect, in the reader's language. */
	private String invalid(UUID id, BindingResult errors, RedirectAttributes redirect) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		List<String> texts = errors.getAllErrors().stream().map((error) -> messages.getMessage(error, locale)).toList();
		redirect.addFlashAttribute("errorTexts", texts.isEmpty()
				? List.of(messages.getMessage("interaction.interview.refused.notFound", null, locale)) : texts);
		return "redirect:/workbench/interviews/" + id;
	}

	/**
	 * Guest rows half filled are an error on the form, as is an interview without guests.
	 */
	private static boolean checked(InterviewForm form, BindingResult errors) {
		if (!form.guestRowsComplete()) {
			errors.reject("interaction.interview.form.guestIncomplete", "Give each guest a unit, a name and a post");
		}
		else if (form.filledGuests().isEmpty()) {
			errors.reject("interaction.interview.form.guestsMissing", "Name at least one guest");
		}
		if (!form.getMediaUrl().isBlank() && form.getMediaKind() == null) {
			errors.rejectValue("mediaKind", "interaction.interview.form.mediaKindMissing", "Choose how it plays");
		}
		return !errors.hasErrors();
	}

	private String form(Model model, @Nullable Interview interview) {
		model.addAttribute("mediaKinds", MediaKind.values());
		model.addAttribute("mediaOrigin", reading.mediaOrigin());
		model.addAttribute("units", activeUnits());
		return FORM;
	}

	private List<UnitView> activeUnits() {
		return units.tree(LocalDate.now(clock)).stream().filter(UnitView::active).toList();
	}

	private static InterviewDesk.@Nullable Picture picture(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new InterviewDesk.Picture(file.getInputStream(),
					file.getOriginalFilename() == null ? "picture" : file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static @Nullable InterviewState stateOf(@Nullable String state) {
		for (InterviewState candidate : InterviewState.values()) {
			if (candidate.name().equals(state)) {
				return candidate;
			}
		}
		return null;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "interaction.interview.menu",
				"/workbench/interviews", InteractionRoles.MODERATE, 60));
	}

}
