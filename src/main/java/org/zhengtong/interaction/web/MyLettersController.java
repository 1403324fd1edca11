package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.internal.Letter;
import org.zhengtong.interaction.internal.LetterFollowing;

/**
 * 我的来信: the letters a signed-in writer sent, each with where it stands and its answer;
 * someone else's letter answers 404, as one that does not exist. 撤回 until 受理.
 */
@Controller
class MyLettersController {

	static final String LIST = "interaction/my-letters";

	static final String DETAIL = "interaction/my-letter";

	private static final int PAGE_SIZE = 20;

	private final LetterFollowing following;

	private final AccountManagement accounts;

	private final WriterView view;

	MyLettersController(LetterFollowing following, AccountManagement accounts, WriterView view) {
		this.following = following;
		this.accounts = accounts;
		this.view = view;
	}

	@GetMapping("/my/letters")
	String list(@RequestParam(defaultValue = "0") int page, Principal principal, HttpServletResponse response,
			Model model) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("letters", following.mine(account(principal), Math.max(page, 0), PAGE_SIZE));
		return LIST;
	}

	@GetMapping("/my/letters/{id}")
	String detail(@PathVariable UUID id, Principal principal, HttpServletResponse response, Model model) {
		response.setHeader("Cache-Control", "no-store");
		view.fill(own(id, principal), true, false, model);
		return DETAIL;
	}

	@PostMapping("/my/letters/{id}/withdraw")
	String withdraw(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		Letter letter = own(id, principal);
		try {
			following.withdraw(letter, principal.getName());
			redirect.addFlashAttribute("success", "interaction.withdraw.done");
		}
		catch (LetterRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/my/letters/" + id;
	}

	private Letter own(UUID id, Principal principal) {
		try {
			return following.own(id, account(principal));
		}
		catch (LetterRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
		}
	}

	private UUID account(Principal principal) {
		return accounts.find(principal.getName())
			.map(AccountView::id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
