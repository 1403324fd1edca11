package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.interaction.RatingRefused;
import org.zhengtong.interaction.internal.Letter;
import org.zhengtong.interaction.internal.LetterRatings;
import org.zhengtong.interaction.internal.SubmissionRefused;
import org.zhengtong.platform.PublicFormContributor;
import org.zhengtong.platform.WebAreas;
import org.zhengtong.shared.Refusal;

/**
 * 好差评 and 重办 of an answered letter by its writer, from the rating fragment: a public
 * account on its own letter ({@code /my/letters/{id}/…}, 404 for anyone else's), or
 * anyone with the letter's number and 查询码 ({@code /interaction/letters/…}, throttled
 * look-ups; the code travels in the form, never in an address).
 */
@Controller
class LetterRatingController implements PublicFormContributor {

	static final String RESULT = "interaction/letter-rating-result";

	private final LetterRatings ratings;

	private final MessageSource messages;

	LetterRatingController(LetterRatings ratings, MessageSource messages) {
		this.ratings = ratings;
		this.messages = messages;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@PostMapping("/my/letters/{id}/rating")
	String rateOwn(@PathVariable UUID id, @Valid @ModelAttribute("rateForm") RatingForms.RateForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		Letter letter = own(id, principal);
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("ratingError", firstError(errors));
		}
		else {
			try {
				ratings.rate(letter.id(), level(form), form.getComment(), principal.getName());
				redirect.addFlashAttribute("ratingMessage", text("interaction.rating.thanks"));
			}
			catch (Refusal refused) {
				redirect.addFlashAttribute("ratingError", text(refused));
			}
		}
		return "redirect:/my/letters/" + id;
	}

	@PostMapping("/my/letters/{id}/reopen")
	String reopenOwn(@PathVariable UUID id, @Valid @ModelAttribute("reopenForm") RatingForms.ReopenForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		Letter letter = own(id, principal);
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("ratingError", firstError(errors));
		}
		else {
			try {
				ratings.reopen(letter.id(), form.getReason().strip(), principal.getName());
				redirect.addFlashAttribute("ratingMessage", text("interaction.rating.reopened"));
			}
			catch (Refusal refused) {
				redirect.addFlashAttribute("ratingError", text(refused));
			}
		}
		return "redirect:/my/letters/" + id;
	}

	@PostMapping({ "/interaction/letters/rating", "/en/interaction/letters/rating" })
	String rateByCode(@Valid @ModelAttribute("rateForm") RatingForms.RateForm form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return failed(model, firstError(errors));
		}
		try {
			Letter letter = ratings.byCode(nonNull(form.getNumber()), nonNull(form.getQueryCode()),
					request.getRemoteAddr());
			ratings.rate(letter.id(), level(form), form.getComment(), AccountManagement.SYSTEM);
		}
		catch (SubmissionRefused throttled) {
			// h6 answers it with the page saying when to try again
			throw throttled;
		}
		catch (Refusal refused) {
			return failed(model, text(refused));
		}
		redirect.addFlashAttribute("ratingMessage", text("interaction.rating.thanks"));
		return "redirect:" + prefix(request) + "/interaction/letters/rating/done";
	}

	@PostMapping({ "/interaction/letters/reopen", "/en/interaction/letters/reopen" })
	String reopenByCode(@Valid @ModelAttribute("reopenForm") RatingForms.ReopenForm form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return failed(model, firstError(errors));
		}
		try {
			Letter letter = ratings.byCode(nonNull(form.getNumber()), nonNull(form.getQueryCode()),
					request.getRemoteAddr());
			ratings.reopen(letter.id(), form.getReason().strip(), AccountManagement.SYSTEM);
		}
		catch (SubmissionRefused throttled) {
			// h6 answers it with the page saying when to try again
			throw throttled;
		}
		catch (Refusal refused) {
			return failed(model, text(refused));
		}
		redirect.addFlashAttribute("ratingMessage", text("interaction.rating.reopened"));
		return "redirect:" + prefix(request) + "/interaction/letters/rating/done";
	}

	/** Where a writer following by 查询码 lands after rating or re-opening. */
	@GetMapping({ "/interaction/letters/rating/done", "/en/interaction/letters/rating/done" })
	String done() {
		return RESULT;
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of("/interaction/letters/rating", "/en/interaction/letters/rating", "/interaction/letters/reopen",
				"/en/interaction/letters/reopen");
	}

	private String failed(Model model, String message) {
		model.addAttribute("ratingError", message);
		return RESULT;
	}

	private Letter own(UUID id, Principal principal) {
		try {
			return ratings.ownedBy(id, principal.getName());
		}
		catch (LetterRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
		}
	}

	private static RatingLevel level(RatingForms.RateForm form) {
		RatingLevel level = form.getLevel();
		if (level == null) {
			throw new IllegalStateException("validated");
		}
		return level;
	}

	private static String nonNull(@org.jspecify.annotations.Nullable String value) {
		if (value == null || value.isBlank()) {
			throw RatingRefused.codeMismatch();
		}
		return value;
	}

	private static String prefix(HttpServletRequest request) {
		return WebAreas.pathOf(request).startsWith("/en/") ? "/en" : "";
	}

	/** Refusals become messages in the reader's language here, and only here. */
	private String text(Refusal refused) {
		return messages.getMessage(new DefaultMessageSourceResolvable(new String[] { refused.messageKey() },
				refused.arguments(), refused.getMessage()), locale());
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale());
	}

	private String firstError(BindingResult errors) {
		return messages.getMessage(errors.getAllErrors().get(0), locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
