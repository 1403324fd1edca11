package org.zhengtong.notification.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.notification.internal.Message;
import org.zhengtong.notification.internal.MessageCentre;
import org.zhengtong.platform.WebAreas;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.PageOf;

/**
 * 消息中心, for staff in the workbench ({@code /workbench/messages}) and for everyone on
 * their personal pages ({@code /my/messages}): the list, one message (opening it marks it
 * read), all read at once.
 */
@Controller
class MessageController implements WorkbenchMenuContributor {

	static final String LIST = "notification/message-list";

	static final String DETAIL = "notification/message-detail";

	private final MessageCentre centre;

	MessageController(MessageCentre centre) {
		this.centre = centre;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "menu.workbench.messages", "/workbench/messages",
				null, 10));
	}

	@GetMapping({ "/workbench/messages", "/my/messages" })
	String list(Principal user, @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Page<Message> messages = centre.list(user.getName(), page);
		model.addAttribute("messages", new PageOf<>(messages.getContent(), messages.getTotalElements(),
				messages.getNumber(), messages.getSize()));
		model.addAttribute("base", base(request));
		model.addAttribute("workbench", WebAreas.isWorkbench(WebAreas.pathOf(request)));
		return LIST;
	}

	@GetMapping({ "/workbench/messages/{id}", "/my/messages/{id}" })
	String open(Principal user, @PathVariable UUID id, HttpServletRequest request, Model model) {
		Message message = centre.open(user.getName(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("message", message);
		model.addAttribute("base", base(request));
		model.addAttribute("workbench", WebAreas.isWorkbench(WebAreas.pathOf(request)));
		return DETAIL;
	}

	@PostMapping({ "/workbench/messages/read-all", "/my/messages/read-all" })
	String readAll(Principal user, HttpServletRequest request, RedirectAttributes redirect) {
		int read = centre.readAll(user.getName());
		redirect.addFlashAttribute("success", "notification.readAll.done");
		redirect.addFlashAttribute("successArguments", new Object[] { read });
		return "redirect:" + base(request);
	}

	/** The message centre the request came to: the workbench's or the personal one. */
	private static String base(HttpServletRequest request) {
		return WebAreas.isWorkbench(WebAreas.pathOf(request)) ? "/workbench/messages" : "/my/messages";
	}

}
