package org.zhengtong.interaction.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.casework.ClockView;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.interaction.internal.DispatchRule;
import org.zhengtong.interaction.internal.LetterOffice;
import org.zhengtong.interaction.internal.LetterQueue;
import org.zhengtong.interaction.internal.QueueFilter;
import org.zhengtong.interaction.internal.QueueRow;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageNumbers;
import org.zhengtong.shared.PageOf;
import org.zhengtong.shared.Refusal;

/**
 * 来信受理 (the receiving office, {@code interaction.accept}): the queues 待受理, 待派单 (with the
 * reason of a unit that objected) and 全部来信, filtered, sorted, paged and counted; bulk 派单
 * from 待派单; and the office's steps on one letter from its page (受理, 不予受理, 派单, 合并, 督办).
 * The site administrators take these steps on 我为政府网站找错 reports; a letter out of the
 * reader's reach answers 404.
 */
@Controller
class LetterOfficeController implements WorkbenchMenuContributor {

	static final String VIEW = "interaction/letter-queue";

	static final String OFFICE = "hasAuthority('interaction.accept')";

	/** Office steps: the office, and the site administrators for 找错 reports. */
	static final String OFFICE_STEP = "hasAnyAuthority('interaction.accept', 'content.manage')";

	static final int PAGE_SIZE = 20;

	private final LetterOffice office;

	private final OfficeDesk desk;

	private final OfficeReplies replies;

	LetterOfficeController(LetterOffice office, OfficeDesk desk, OfficeReplies replies) {
		this.office = office;
		this.desk = desk;
		this.replies = replies;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/**
	 * What the queue's search form sends; a value that is not a door, state or day is
	 * left out.
	 */
	record QueueSearch(@Nullable String queue, @Nullable String text, @Nullable String door, @Nullable String topic,
			@Nullable String state, @Nullable String from, @Nullable String to, @Nullable String sort) {

		QueueFilter filter() {
			LocalDate fromDay = parse(from, LocalDate::parse);
			LocalDate toDay = parse(to, LocalDate::parse);
			if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
				LocalDate swap = fromDay;
				fromDay = toDay;
				toDay = swap;
			}
			return new QueueFilter(text, parse(door, Door::valueOf), topic, parse(state, RequestState::valueOf),
					fromDay, toDay);
		}

		private static <T> @Nullable T parse(@Nullable String value, Function<String, T> parser) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return parser.apply(value.strip());
			}
			catch (RuntimeException notOne) {
				return null;
			}
		}

	}

	/** A queue line with its clock, the unit holding it, and the 派单目录's proposal. */
	record Line(QueueRow row, @Nullable ClockView clock, @Nullable String unitName, @Nullable String objectedByName,
			@Nullable String proposedUnitName) {
	}

	@GetMapping("/workbench/letters")
	@PreAuthorize(OFFICE)
	String queue(QueueSearch search, @RequestParam(defaultValue = "0") int page, Model model) {
		LetterQueue queue = LetterQueue.of(search.queue());
		QueueFilter filter = search.filter();
		ListSort sort = ListSort.parse(search.sort());
		PageOf<QueueRow> found = office.queue(queue, filter, sort, page, PAGE_SIZE);
		List<Line> lines = new ArrayList<>();
		for (QueueRow row : found.items()) {
			lines.add(new Line(row, desk.clockOf(row), row.unitId() == null ? null : office.unitName(row.unitId()),
					row.objectedBy() == null ? null : office.unitName(row.objectedBy()),
					queue == LetterQueue.DISPATCH ? office.proposal(row.id(), row.topic(), row.region())
						.map(DispatchRule::unitId)
						.map(office::unitName)
						.orElse(null) : null));
		}
		ListSort applied = sort == null ? queue.defaultSort() : sort;
		if (!List.of("submitted", "number", "title", "door", "state").contains(applied.key())) {
			applied = queue.defaultSort();
		}
		long[] counts = office.counts();
		model.addAttribute("queue", queue);
		model.addAttribute("queues", LetterQueue.values());
		model.addAttribute("counts", counts);
		model.addAttribute("filter", filter);
		model.addAttribute("list", found);
		model.addAttribute("lines", lines);
		model.addAttribute("pageNumbers", PageNumbers.of(found));
		model.addAttribute("links", new QueueLinks(queue, filter, applied));
		model.addAttribute("doors", Door.values());
		model.addAttribute("states", RequestState.values());
		if (queue == LetterQueue.DISPATCH) {
			model.addAttribute("units", desk.activeUnits());
		}
		return VIEW;
	}

	@PostMapping("/workbench/letters/{id}/accept")
	@PreAuthorize(OFFICE_STEP)
	String accept(@PathVariable UUID id, Principal user, RedirectAttributes redirect) {
		replies.run(redirect, () -> office.accept(id, user.getName()), "interaction.office.accepted");
		return back(id);
	}

	@PostMapping("/workbench/letters/{id}/reject")
	@PreAuthorize(OFFICE_STEP)
	String reject(@PathVariable UUID id, @Valid @ModelAttribute("rejectForm") OfficeForms.ReasonForm form,
			BindingResult errors, Principal user, Locale locale, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			replies.invalid(redirect, errors, locale);
		}
		else {
			replies.run(redirect, () -> office.reject(id, form.getReason(), user.getName()),
					"interaction.office.rejected");
		}
		return back(id);
	}

	@PostMapping("/workbench/letters/{id}/assign")
	@PreAuthorize(OFFICE_STEP)
	String assign(@PathVariable UUID id, @Valid @ModelAttribute("assignForm") OfficeForms.AssignForm form,
			BindingResult errors, Principal user, Locale locale, RedirectAttributes redirect) {
		if (errors.hasErrors() || form.getUnit() == null) {
			replies.invalid(redirect, errors, locale);
			return back(id);
		}
		UUID unit = form.getUnit();
		replies.run(redirect, () -> office.assign(id, unit, user.getName()), "interaction.office.assigned",
				office.unitName(unit));
		return back(id);
	}

	@PostMapping("/workbench/letters/{id}/reassign")
	@PreAuthorize(OFFICE_STEP)
	String reassign(@PathVariable UUID id, @Valid @ModelAttribute("reassignForm") OfficeForms.ReassignForm form,
			BindingResult errors, Principal user, Locale locale, RedirectAttributes redirect) {
		UUID from = form.getFrom();
		UUID unit = form.getUnit();
		if (errors.hasErrors() || from == null || unit == null) {
			replies.invalid(redirect, errors, locale);
			return back(id);
		}
		replies.run(redirect, () -> office.reassign(id, from, unit, form.getReason(), user.getName()),
				"interaction.office.reassigned", office.unitName(unit));
		return back(id);
	}

	@PostMapping("/workbench/letters/{id}/merge")
	@PreAuthorize(OFFICE_STEP)
	String merge(@PathVariable UUID id, @Valid @ModelAttribute("mergeForm") OfficeForms.MergeForm form,
			BindingResult errors, Principal user, Locale locale, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			replies.invalid(redirect, errors, locale);
		}
		else {
			replies.run(redirect, () -> office.merge(id, form.getNumber(), user.getName()), "interaction.office.merged",
					form.getNumber().strip());
		}
		return back(id);
	}

	@PostMapping("/workbench/letters/{id}/escalate")
	@PreAuthorize(OFFICE_STEP)
	String escalate(@PathVariable UUID id, @Valid @ModelAttribute("escalateForm") OfficeForms.ReasonForm form,
			BindingResult errors, Principal user, Locale locale, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			replies.invalid(redirect, errors, locale);
		}
		else {
			replies.run(redirect, () -> office.escalate(id, form.getReason(), user.getName()),
					"interaction.office.escalated");
		}
		return back(id);
	}

	/**
	 * 批量派单 from 待派单: each letter on its own, so one refusal (someone else routed it
	 * first, no proposal) does not stop the others; those not done are named with the
	 * reason.
	 */
	@PostMapping("/workbench/letters/bulk-assign")
	@PreAuthorize(OFFICE)
	String bulkAssign(@Valid @ModelAttribute("bulkForm") OfficeForms.BulkAssignForm form, BindingResult errors,
			Principal user, Locale locale, RedirectAttributes redirect) {
		String queue = "redirect:/workbench/letters?queue=" + LetterQueue.DISPATCH.parameter();
		if (errors.hasErrors() || (!form.isProposed() && form.getUnit() == null)) {
			if (!errors.hasErrors()) {
				errors.rejectValue("unit", "interaction.office.form.unitMissing");
			}
			replies.invalid(redirect, errors, locale);
			return queue;
		}
		UUID unit = form.getUnit();
		int done = 0;
		List<String> failed = new ArrayList<>();
		for (UUID letter : form.getLetters().stream().distinct().toList()) {
			try {
				if (form.isProposed() || unit == null) {
					office.assignAsProposed(letter, user.getName());
				}
				else {
					office.assign(letter, unit, user.getName());
				}
				done++;
			}
			catch (Refusal refused) {
				failed.add(replies.text(refused, locale));
			}
		}
		if (failed.isEmpty()) {
			redirect.addFlashAttribute("success", "interaction.office.bulk.done");
			redirect.addFlashAttribute("successArguments", new Object[] { done });
		}
		else {
			redirect.addFlashAttribute("error", "interaction.office.bulk.partly");
			redirect.addFlashAttribute("errorArguments",
					new Object[] { done, failed.size(), String.join("；", failed) });
		}
		return queue;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "menu.interaction.letters", "/workbench/letters",
				"interaction.accept", 20));
	}

	private static String back(UUID id) {
		return "redirect:/workbench/letters/" + id;
	}

	/** The queue's addresses: another queue, page or order, keeping the filter. */
	record QueueLinks(LetterQueue queue, QueueFilter filter, ListSort sort) {

		public String queue(String other) {
			return "/workbench/letters?queue=" + other;
		}

		public String page() {
			return "/workbench/letters?" + query(sort) + "&page=";
		}

		public String sortBy(String key) {
			ListSort next = sort.key().equals(key) ? new ListSort(key, !sort.descending()) : ListSort.ascending(key);
			return "/workbench/letters?" + query(next);
		}

		/** {@code ascending}, {@code descending} or {@code none}, for aria-sort. */
		public String ariaSort(String key) {
			return !sort.key().equals(key) ? "none" : sort.descending() ? "descending" : "ascending";
		}

		private String query(ListSort by) {
			UriComponentsBuilder link = UriComponentsBuilder.newInstance()
				.queryParam("queue", queue.parameter())
				.queryParamIfPresent("text", java.util.Optional.ofNullable(filter.text()).filter((t) -> !t.isBlank()))
				.queryParamIfPresent("door", java.util.Optional.ofNullable(filter.door()))
				.queryParamIfPresent("topic", java.util.Optional.ofNullable(filter.topic()).filter((t) -> !t.isBlank()))
				.queryParamIfPresent("state", java.util.Optional.ofNullable(filter.state()))
				.queryParamIfPresent("from", java.util.Optional.ofNullable(filter.from()))
				.queryParamIfPresent("to", java.util.Optional.ofNullable(filter.to()))
				.queryParam("sort", by.parameter());
			return link.build().encode().getQuery();
		}

	}

}
