package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.interaction.BoardRefused;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.internal.BoardPost;
import org.zhengtong.interaction.internal.BoardRecords;
import org.zhengtong.interaction.internal.Letter;
import org.zhengtong.interaction.internal.Letters;
import org.zhengtong.interaction.internal.ReplyBoardService;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.PageNumbers;
import org.zhengtong.shared.PageOf;

/**
 * The participation editors' side of the board: every entry, hidden ones too; an entry's
 * public text beside the letter's original, edited or hidden with a reason (kept).
 */
@Controller
class BoardDeskController implements WorkbenchMenuContributor {

	static final String LIST = "interaction/board-desk-list";

	static final String FORM = "interaction/board-desk-form";

	private final BoardRecords records;

	private final ReplyBoardService board;

	private final Letters letters;

	BoardDeskController(BoardRecords records, ReplyBoardService board, Letters letters) {
		this.records = records;
		this.board = board;
		this.letters = letters;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "letterId");
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "interaction.board.menu", "/workbench/board",
				InteractionRoles.MODERATE, 74));
	}

	@GetMapping("/workbench/board")
	String list(@RequestParam(required = false) @Nullable Boolean hidden,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(defaultValue = "0") int page, Principal principal, Model model) {
		requireModerator(principal);
		PageOf<BoardRecords.Row> entries = records.page(new BoardRecords.Filter(null, null, null, text, hidden), false,
				page, 50);
		model.addAttribute("entries", entries);
		model.addAttribute("pageNumbers", PageNumbers.of(entries));
		model.addAttribute("hidden", hidden);
		model.addAttribute("q", text);
		model.addAttribute("pageLink",
				"/workbench/board?" + (hidden == null ? "" : "hidden=" + hidden + "&") + "page=");
		return LIST;
	}

	@GetMapping("/workbench/board/{id}")
	String form(@PathVariable UUID id, Principal principal, Model model) {
		BoardPost post = post(id, principal);
		if (!model.containsAttribute("boardForm")) {
			model.addAttribute("boardForm", BoardForm.of(post));
		}
		return form(post, model);
	}

	private String form(BoardPost post, Model model) {
		Letter letter = letters.findById(post.letterId()).orElseThrow();
		model.addAttribute("post", post);
		model.addAttribute("letter", letter);
		return FORM;
	}

	@PostMapping("/workbench/board/{id}")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("boardForm") BoardForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		BoardPost post = post(id, principal);
		if (errors.hasErrors()) {
			return form(post, model);
		}
		try {
			board.edit(id, form.getVersion(), form.getTitle(), form.getBody(), form.getReply(), principal.getName());
			redirect.addFlashAttribute("success", "interaction.board.saved");
		}
		catch (BoardRefused refused) {
			refusal(id, principal, "interaction.board.edited", refused, redirect);
		}
		return "redirect:/workbench/board/" + id;
	}

	@PostMapping("/workbench/board/{id}/hide")
	String hide(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			Principal principal, RedirectAttributes redirect) {
		post(id, principal);
		String why = reason.strip();
		if (why.isEmpty() || why.length() > 300) {
			redirect.addFlashAttribute("error", "interaction.board.reasonNeeded");
			return "redirect:/workbench/board/" + id;
		}
		try {
			board.hide(id, version, why, principal.getName());
			redirect.addFlashAttribute("success", "interaction.board.hiddenDone");
		}
		catch (BoardRefused refused) {
			refusal(id, principal, "interaction.board.hidden", refused, redirect);
		}
		return "redirect:/workbench/board/" + id;
	}

	@PostMapping("/workbench/board/{id}/show")
	String show(@PathVariable UUID id, @RequestParam long version, Principal principal, RedirectAttributes redirect) {
		post(id, principal);
		try {
			board.show(id, version, principal.getName());
			redirect.addFlashAttribute("success", "interaction.board.shownDone");
		}
		catch (BoardRefused refused) {
			refusal(id, principal, "interaction.board.shown", refused, redirect);
		}
		return "redirect:/workbench/board/" + id;
	}

	private void refusal(UUID id, Principal principal, String action, BoardRefused refused,
			RedirectAttributes redirect) {
		board.refused(id, principal.getName(), action, refused.getMessage());
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
	}

	private void requireModerator(Principal principal) {
		if (!board.moderator(principal.getName())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private BoardPost post(UUID id, Principal principal) {
		try {
			return board.forEditor(id, principal.getName());
		}
		catch (LetterRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** The public copy as an editor changes it. */
	static class BoardForm {

		private long version;

		@NotBlank(message = "{interaction.board.titleNeeded}")
		@Size(max = 200, message = "{interaction.board.titleLong}")
		private String title = "";

		@NotBlank(message = "{interaction.board.bodyNeeded}")
		@Size(max = 5000, message = "{interaction.board.bodyLong}")
		private String body = "";

		@NotBlank(message = "{interaction.board.replyNeeded}")
		@Size(max = 10000, message = "{interaction.board.replyLong}")
		private String reply = "";

		static BoardForm of(BoardPost post) {
			BoardForm form = new BoardForm();
			form.version = post.version();
			form.title = post.title();
			form.body = post.body();
			form.reply = post.reply();
			return form;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public String getReply() {
			return reply;
		}

		public void setReply(String reply) {
			this.reply = reply;
		}

	}

}
