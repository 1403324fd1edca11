package org.zhengtong.interaction.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.shared.Refusal;

/**
 * The one place the office's and the unit's pages turn refusals and form errors into
 * messages: a letter the reader may not see is 404; any other refusal is a message in the
 * reader's language after the redirect.
 */
@Component
class OfficeReplies {

	private final MessageSource messages;

	OfficeReplies(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs a step and flashes its success, or its refusal. */
	void run(RedirectAttributes redirect, Runnable step, String success, Object... arguments) {
		try {
			step.run();
			redirect.addFlashAttribute("success", success);
			if (arguments.length > 0) {
				redirect.addFlashAttribute("successArguments", arguments);
			}
		}
		catch (Refusal refused) {
			refused(redirect, refused);
		}
	}

	/** A refusal after the redirect; a letter out of reach is 404. */
	void refused(RedirectAttributes redirect, Refusal refused) {
		if (refused instanceof LetterRefused && "interaction.refused.notFound".equals(refused.messageKey())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
		}
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
	}

	/** The form's errors, in the reader's language, after the redirect. */
	void invalid(RedirectAttributes redirect, BindingResult errors, Locale locale) {
		List<String> texts = errors.getAllErrors()
			.stream()
			.map((error) -> messages.getMessage(error, locale))
			.distinct()
			.toList();
		redirect.addFlashAttribute("errorTexts", texts);
	}

	/** A refusal's message in the reader's language. */
	String text(Refusal refused, Locale locale) {
		return messages.getMessage(refused.messageKey(), refused.arguments(), refused.getMessage(), locale);
	}

}
