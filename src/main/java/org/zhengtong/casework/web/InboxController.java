package org.zhengtong.casework.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.InboxChoice;
import org.zhengtong.casework.Reach;
import org.zhengtong.casework.TaskInbox;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;

/**
 * 工作台首页: the 待办 list, with the tabs 已办 and 我发起的. Every row links to the module's own page
 * for the case.
 */
@Controller
class InboxController implements WorkbenchMenuContributor {

	static final String VIEW = "casework/inbox-list";

	static final int PAGE_SIZE = 20;

	/** The colours a filter offers, in the order a reader scans them. */
	static final List<ClockColour> COLOURS = List.of(ClockColour.RED, ClockColour.YELLOW, ClockColour.GREEN,
			ClockColour.PAUSED);

	private final TaskInbox inbox;

	private final InboxBadge badge;

	InboxController(TaskInbox inbox, InboxBadge badge) {
		this.inbox = inbox;
		this.badge = badge;
	}

	@GetMapping("/workbench")
	String home(@ModelAttribute("query") InboxForm asked, BindingResult binding, Authentication user, Model model) {
		// A hand-edited address (tab=FOO, colour=PURPLE) shows the unfiltered 待办 list.
		InboxForm form = binding.hasErrors() ? new InboxForm() : asked;
		model.addAttribute("query", form);
		Reach reach = badge.reach(user.getName());
		model.addAttribute("openCount", badge.count(reach));
		model.addAttribute("doneCount", inbox.doneCount(reach));
		model.addAttribute("startedCount", inbox.startedCount(reach));
		switch (form.getTab()) {
			case OPEN -> {
				List<InboxChoice> choices = inbox.choices(reach);
				model.addAttribute("tasks", inbox.open(reach, form.toFilter(), form.getPage(), PAGE_SIZE));
				model.addAttribute("modules", choices.stream().map(InboxChoice::module).distinct().toList());
				model.addAttribute("types",
						choices.stream()
							.filter((c) -> form.getModule() == null || form.getModule().isBlank()
									|| c.module().equals(form.getModule()))
							.map(InboxChoice::type)
							.distinct()
							.toList());
				model.addAttribute("colours", COLOURS);
				model.addAttribute("filtered", form.filtered());
			}
			case DONE -> model.addAttribute("done", inbox.done(reach, form.getPage(), PAGE_SIZE));
			case STARTED -> model.addAttribute("started", inbox.started(reach, form.getPage(), PAGE_SIZE));
		}
		model.addAttribute("pageLink", pageLink(form));
		return VIEW;
	}

	/** The address of this list up to its page number, filters kept. */
	static String pageLink(InboxForm form) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/workbench");
		if (form.getTab() != InboxForm.Tab.OPEN) {
			link.queryParam("tab", form.getTab());
		}
		else {
			param(link, "module", form.getModule());
			param(link, "type", form.getType());
			param(link, "colour", form.getColour() == null ? null : form.getColour().name());
		}
		return link.encode().build().toUriString() + (link.build().getQueryParams().isEmpty() ? "?" : "&") + "page=";
	}

	private static void param(UriComponentsBuilder link, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			link.queryParam(name, value);
		}
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "menu.workbench.home", "/workbench", null, 0));
	}

}
