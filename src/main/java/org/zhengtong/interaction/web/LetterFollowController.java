package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.internal.Letter;
import org.zhengtong.interaction.internal.LetterFollowing;
import org.zhengtong.interaction.internal.LetterSubmissions;
import org.zhengtong.platform.PublicFormContributor;

/**
 * 查询来信: a writer without an account follows their letter by its number and 查询码, sent in a
 * POST so the code never appears in an address, a log or a browser's history; from there
 * they may 撤回 it before 受理, and rate the answer once it came. The same under
 * {@code /en/}.
 */
@Controller
class LetterFollowController implements PublicFormContributor {

	static final String FOLLOW = "interaction/letter-follow";

	static final String FOLLOWED = "interaction/letter-followed";

	private final LetterFollowing following;

	private final WriterView view;

	LetterFollowController(LetterFollowing following, WriterView view) {
		this.following = following;
		this.view = view;
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of("/interaction/letters/follow", "/en/interaction/letters/follow", "/interaction/letters/withdraw",
				"/en/interaction/letters/withdraw");
	}

	@InitBinder("follow")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping({ "/interaction/letters/follow", "/en/interaction/letters/follow" })
	String form(HttpServletRequest request, Model model) {
		model.addAttribute("english", LetterWritingController.english(request));
		model.addAttribute("follow", new FollowForm());
		return FOLLOW;
	}

	@PostMapping({ "/interaction/letters/follow", "/en/interaction/letters/follow" })
	String follow(@Valid @ModelAttribute("follow") FollowForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, @Nullable Principal principal, Model model) {
		return show(form, errors, request, response, principal, model, null);
	}

	@PostMapping({ "/interaction/letters/withdraw", "/en/interaction/letters/withdraw" })
	String withdraw(@Valid @ModelAttribute("follow") FollowForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, @Nullable Principal principal, Model model) {
		return show(form, errors, request, response, principal, model, (letter) -> {
			Letter withdrawn = following.withdraw(letter,
					principal == null ? LetterSubmissions.ANONYMOUS : principal.getName());
			model.addAttribute("success", "interaction.withdraw.done");
			return withdrawn;
		});
	}

	/** An action on the followed letter, answering with the letter after it. */
	private interface Action {

		Letter on(Letter letter);

	}

	private String show(FollowForm form, BindingResult errors, HttpServletRequest request, HttpServletResponse response,
			@Nullable Principal principal, Model model, @Nullable Action action) {
		response.setHeader("Cache-Control", "no-store");
		boolean english = LetterWritingController.english(request);
		model.addAttribute("english", english);
		if (errors.hasErrors()) {
			return FOLLOW;
		}
		Letter letter;
		try {
			letter = following.byCode(form.getNumber(), form.getCode(), principal == null ? null : principal.getName(),
					request.getRemoteAddr());
		}
		catch (LetterRefused refused) {
			form.setCode("");
			errors.rejectValue("code", "interaction.follow.wrong");
			return FOLLOW;
		}
		if (action != null) {
			try {
				letter = action.on(letter);
			}
			catch (LetterRefused refused) {
				model.addAttribute("error", refused.messageKey());
				model.addAttribute("errorArguments", refused.arguments());
			}
		}
		view.fill(letter, false, english, model);
		model.addAttribute("followCode", form.getCode());
		return FOLLOWED;
	}

}
