package org.zhengtong.interaction.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.interaction.internal.DisclosureGround;
import org.zhengtong.interaction.internal.DisclosureReply;

/** The forms of the actions on a disclosure request in the workbench. */
final class DisclosureActions {

	/** Art. 30: everything to correct, and the period in working days. */
	record CorrectionForm(
			@NotBlank(message = "{interaction.disclosure.form.required}") @Size(max = 2000,
					message = "{interaction.disclosure.form.tooLong}") String items,
			@NotNull(message = "{interaction.disclosure.form.daysRange}") @Min(value = 1,
					message = "{interaction.disclosure.form.daysRange}") @Max(value = 60,
							message = "{interaction.disclosure.form.daysRange}") Integer days) {
	}

	/** The corrected request: the day it arrived and what it says. */
	record CorrectedForm(
			@NotNull(message = "{interaction.disclosure.form.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@NotBlank(message = "{interaction.disclosure.form.required}") @Size(max = 5000,
					message = "{interaction.disclosure.form.tooLong}") String text) {
	}

	/** Art. 33: the third party consulted. */
	record ConsultForm(@NotBlank(message = "{interaction.disclosure.form.required}") @Size(max = 200,
			message = "{interaction.disclosure.form.tooLong}") String party) {
	}

	/**
	 * Art. 33: the extension asked, 1–20 working days, with the reason told to the
	 * applicant.
	 */
	record ExtensionForm(
			@NotNull(message = "{interaction.disclosure.form.extensionRange}") @Min(value = 1,
					message = "{interaction.disclosure.form.extensionRange}") @Max(value = 20,
							message = "{interaction.disclosure.form.extensionRange}") Integer days,
			@NotBlank(message = "{interaction.disclosure.form.required}") @Size(max = 500,
					message = "{interaction.disclosure.form.tooLong}") String reason) {
	}

	/** Art. 36: the answer. */
	record AnswerForm(@NotNull(message = "{interaction.disclosure.form.required}") DisclosureReply type,
			@Nullable DisclosureGround ground,
			@NotBlank(message = "{interaction.disclosure.form.required}") @Size(max = 10000,
					message = "{interaction.disclosure.form.tooLong}") String text) {
	}

	private DisclosureActions() {
	}

}
