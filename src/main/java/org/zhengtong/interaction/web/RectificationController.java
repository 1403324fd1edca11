package org.zhengtong.interaction.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.interaction.FollowUpWay;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.interaction.RatingRefused;
import org.zhengtong.interaction.RectificationView;
import org.zhengtong.interaction.internal.LetterRatings;
import org.zhengtong.interaction.internal.RectificationDesk;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;

/**
 * 差评整改 in the workbench: the list of rectifications with their clocks — a unit's leaders
 * ({@code interaction.approve}) see their units', the receiving office
 * ({@code interaction.accept}) every unit's — filtered by unit, state (待回访, 已逾期, 已回访) and
 * due date; and each one's page, where the unit's leaders record the verification,
 * measures and follow-up (回访), closing it. A rectification outside the reader's scope
 * answers 404. (The handlers carry the permission check, not the class: the sidebar asks
 * every visitor's menu entries of this bean.)
 */
@Controller
class RectificationController implements WorkbenchMenuContributor {

	static final String LEADERS = "hasAuthority('interaction.approve')";

	/** The leaders, and the receiving office that follows every unit's rectifications. */
	static final String READERS = "hasAnyAuthority('interaction.approve', 'interaction.accept')";

	static final String LIST = "interaction/rectification-list";

	static final String DETAIL = "interaction/rectification-detail";

	private final RectificationDesk desk;

	private final RatingManagement ratings;

	private final Casework casework;

	private final Deadlines deadlines;

	private final UnitManagement units;

	private final Clock clock;

	RectificationController(RectificationDesk desk, RatingManagement ratings, Casework casework, Deadlines deadlines,
			UnitManagement units, Clock clock) {
		this.desk = desk;
		this.ratings = ratings;
		this.casework = casework;
		this.deadlines = deadlines;
		this.units = units;
		this.clock = clock;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** A row of the list: the rectification and its clock. */
	record Row(RectificationView rectification, org.zhengtong.casework.@Nullable ClockView clock) {
	}

	@GetMapping("/workbench/rectifications")
	@PreAuthorize(READERS)
	String list(@RequestParam(defaultValue = "OPEN") String state, @RequestParam(required = false) @Nullable UUID unit,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			Principal principal, Model model) {
		RectificationDesk.Shown shown = shown(state);
		RectificationDesk.Filter filter = new RectificationDesk.Filter(unit, shown, dueFrom, dueTo);
		var found = desk.page(principal.getName(), filter, ListSort.parse(sort), Math.max(0, page));
		model.addAttribute("shown", shown);
		model.addAttribute("open", shown == RectificationDesk.Shown.OPEN || shown == RectificationDesk.Shown.OVERDUE);
		model.addAttribute("states", RectificationDesk.Shown.values());
		model.addAttribute("rectifications", found);
		model.addAttribute("rows",
				found.items()
					.stream()
					.map((view) -> new Row(view, view.clockId() == null ? null : deadlines.view(view.clockId())))
					.toList());
		java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
		desk.units(principal.getName()).forEach((id) -> names.put(id, unitName(id)));
		found.items().forEach((view) -> names.computeIfAbsent(view.unit(), this::unitName));
		model.addAttribute("unitNames", names);
		model.addAttribute("unitChoices",
				names.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue()).toList());
		model.addAttribute("unit", unit);
		model.addAttribute("dueFrom", dueFrom);
		model.addAttribute("dueTo", dueTo);
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/workbench/rectifications")
					.queryParam("state", shown)
					.queryParamIfPresent("unit", java.util.Optional.ofNullable(unit))
					.queryParamIfPresent("dueFrom", java.util.Optional.ofNullable(dueFrom))
					.queryParamIfPresent("dueTo", java.util.Optional.ofNullable(dueTo))
					.queryParamIfPresent("sort", java.util.Optional.ofNullable(sort))
					.queryParam("page", "")
					.build()
					.encode()
					.toUriString());
		return LIST;
	}

	/** The state a request parameter names; 待回访 for anything else ({@code open} too). */
	private static RectificationDesk.Shown shown(String state) {
		for (RectificationDesk.Shown shown : RectificationDesk.Shown.values()) {
			if (shown.name().equalsIgnoreCase(state)) {
				return shown;
			}
		}
		return RectificationDesk.Shown.OPEN;
	}

	@GetMapping("/workbench/rectifications/{id}")
	@PreAuthorize(READERS)
	String detail(@PathVariable UUID id, Principal principal, Model model) {
		RectificationView view = readable(id, principal);
		if (!model.containsAttribute("followUpForm")) {
			FollowUpForm form = new FollowUpForm();
			form.setFollowUpOn(LocalDate.now(clock));
			model.addAttribute("followUpForm", form);
		}
		return detail(view, model, principal);
	}

	@PostMapping("/workbench/rectifications/{id}")
	@PreAuthorize(LEADERS)
	String followUp(@PathVariable UUID id, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
			BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
		RectificationView view = readable(id, principal);
		if (form.getFollowUpOn() != null && form.getFollowUpOn().isAfter(LocalDate.now(clock))) {
			errors.rejectValue("followUpOn", "interaction.rectification.form.dateFuture");
		}
		if (errors.hasErrors()) {
			return detail(view, model, principal);
		}
		try {
			ratings.rectify(form.toCommand(id, principal.getName()));
		}
		catch (RatingRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			return "redirect:/workbench/rectifications/" + id;
		}
		redirect.addFlashAttribute("success", "interaction.rectification.closed");
		return "redirect:/workbench/rectifications/" + id;
	}

	private String detail(RectificationView view, Model model, Principal principal) {
		model.addAttribute("rectification", view);
		model.addAttribute("mayFollowUp", desk.mayFollowUp(view, principal.getName()));
		model.addAttribute("unitName", unitName(view.unit()));
		model.addAttribute("clock", view.clockId() == null ? null : deadlines.view(view.clockId()));
		model.addAttribute("subjectLink", LetterRatings.SUBJECT.equals(view.subject().type())
				? "/workbench/letters/" + LetterRatings.letterOf(view.subject()) : null);
		model.addAttribute("ways", FollowUpWay.values());
		model.addAttribute("history", view.caseId() == null ? List.of() : casework.history(view.caseId()));
		return DETAIL;
	}

	private RectificationView readable(UUID id, Principal principal) {
		try {
			return desk.readable(id, principal.getName());
		}
		catch (RatingRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
		}
	}

	private String unitName(UUID unit) {
		return units.find(unit, LocalDate.now(clock)).map((view) -> view.names().fullName()).orElse("");
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(
				new WorkbenchMenuItem("menu.section.workbench", "menu.interaction.rectifications",
						"/workbench/rectifications", "interaction.approve", 40),
				new WorkbenchMenuItem("menu.section.workbench", "interaction.rectification.menuOffice",
						"/workbench/rectifications?state=ALL", "interaction.accept", 22));
	}

}
