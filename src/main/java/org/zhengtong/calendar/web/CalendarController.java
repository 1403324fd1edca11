package org.zhengtong.calendar.web;

import java.security.Principal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.zhengtong.calendar.CalendarEditRefused;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.calendar.SpecialDay;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;

/**
 * 工作日历 in the workbench: every member of staff sees a year's holidays and 调休 days;
 * holders of {@code calendar.edit} (the system administrator) change them, import a year
 * and confirm it.
 */
@Controller
class CalendarController implements WorkbenchMenuContributor {

	static final String VIEW = "calendar/calendar-year";

	static final String EDIT = "hasAuthority('calendar.edit')";

	private final CalendarManagement calendar;

	private final Clock clock;

	CalendarController(CalendarManagement calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/workbench/calendar")
	String year(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : Math.max(2000, Math.min(2100, year));
		List<SpecialDay> days = calendar.specialDays(shown);
		Map<LocalDate, SpecialDay> byDate = days.stream()
			.collect(Collectors.toMap(SpecialDay::day, Function.identity()));
		model.addAttribute("year", shown);
		model.addAttribute("status", calendar.statusOf(shown));
		model.addAttribute("source", calendar.sourceOf(shown));
		model.addAttribute("days", days);
		model.addAttribute("months", months(shown, byDate));
		model.addAttribute("today", LocalDate.now(clock));
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", new DayForm());
		}
		return VIEW;
	}

	@PostMapping("/workbench/calendar/{year}/days")
	@PreAuthorize(EDIT)
	String setDay(@PathVariable int year, @Valid @ModelAttribute("dayForm") DayForm form, BindingResult errors,
			Principal editor, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			// Shown again with the errors, not redirected: the form and its errors are
			// not session material.
			return year(year, model);
		}
		return attempt(year, redirect, () -> calendar.setDay(form.toSpecialDay(), editor.getName()), "calendar.saved",
				form.getDay());
	}

	@PostMapping("/workbench/calendar/{year}/days/{day}/clear")
	@PreAuthorize(EDIT)
	String clearDay(@PathVariable int year, @PathVariable LocalDate day, Principal editor,
			RedirectAttributes redirect) {
		return attempt(year, redirect, () -> calendar.clearDay(day, editor.getName()), "calendar.cleared", day);
	}

	@PostMapping("/workbench/calendar/{year}/import")
	@PreAuthorize(EDIT)
	String importYear(@PathVariable int year, @RequestParam(defaultValue = "") String lines, Principal editor,
			RedirectAttributes redirect) {
		int[] imported = new int[1];
		String view = attempt(year, redirect, () -> imported[0] = calendar.importYear(year, lines, editor.getName()),
				"calendar.imported", year);
		redirect.addFlashAttribute("successArguments", new Object[] { year, imported[0] });
		return view;
	}

	@PostMapping("/workbench/calendar/{year}/confirm")
	@PreAuthorize(EDIT)
	String confirm(@PathVariable int year, @RequestParam(defaultValue = "") String source, Principal editor,
			RedirectAttributes redirect) {
		if (source.isBlank()) {
			redirect.addFlashAttribute("error", "calendar.refused.sourceMissing");
			return back(year);
		}
		return attempt(year, redirect, () -> calendar.confirmYear(year, source, editor.getName()), "calendar.confirmed",
				year);
	}

	@PostMapping("/workbench/calendar/{year}/provisional")
	@PreAuthorize(EDIT)
	String provisional(@PathVariable int year, Principal editor, RedirectAttributes redirect) {
		return attempt(year, redirect, () -> calendar.markProvisional(year, editor.getName()),
				"calendar.markedProvisional", year);
	}

	private String attempt(int year, RedirectAttributes redirect, Runnable change, String successKey, Object argument) {
		try {
			change.run();
			redirect.addFlashAttribute("success", successKey);
			redirect.addFlashAttribute("successArguments", new Object[] { argument });
		}
		catch (CalendarEditRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return back(year);
	}

	private static String back(int year) {
		return "redirect:/workbench/calendar?year=" + year;
	}

	/**
	 * Each month as weeks of seven cells, Monday first; empty cells before the 1st and
	 * after the last day.
	 */
	private List<MonthView> months(int year, Map<LocalDate, SpecialDay> special) {
		List<MonthView> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth yearMonth = YearMonth.of(year, month);
			List<DayCell> cells = new ArrayList<>();
			int blanks = yearMonth.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
			for (int i = 0; i < blanks; i++) {
				cells.add(null);
			}
			for (int day = 1; day <= yearMonth.lengthOfMonth(); day++) {
				LocalDate date = yearMonth.atDay(day);
				cells.add(new DayCell(date, calendar.isWorkingDay(date), special.get(date)));
			}
			while (cells.size() % 7 != 0) {
				cells.add(null);
			}
			List<List<DayCell>> weeks = new ArrayList<>();
			for (int i = 0; i < cells.size(); i += 7) {
				weeks.add(cells.subList(i, i + 7));
			}
			months.add(new MonthView(month, weeks));
		}
		return months;
	}

	record MonthView(int month, List<List<DayCell>> weeks) {
	}

	record DayCell(LocalDate date, boolean working, @Nullable SpecialDay special) {
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List
			.of(new WorkbenchMenuItem("menu.section.workbench", "menu.calendar", "/workbench/calendar", null, 50));
	}

}
