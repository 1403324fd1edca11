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
	record CorrectionForm(@NotBlank @Size(max = 2000) String items, @NotNull @Min(1) @Max(60) Integer days) {
	}

	/** The corrected request: the day it arrived and what it says. */
	record CorrectedForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@NotBlank @Size(max = 5000) String text) {
	}

	/** Art. 33: the third party consulted. */
	record ConsultForm(@NotBlank @Size(max = 200) String party) {
	}

	/**
	 * Art. 33: the extension asked, 1–20 working days, with the reason told to the
	 * applicant.
	 */
	record ExtensionForm(@NotNull @Min(1) @Max(20) Integer days, @NotBlank @Size(max = 500) String reason) {
	}

	/** Art. 36: the answer. */
	record AnswerForm(@NotNull DisclosureReply type, @Nullable DisclosureGround ground,
			@NotBlank @Size(max = 10000) String text) {
	}

	private DisclosureActions() {
	}

}
