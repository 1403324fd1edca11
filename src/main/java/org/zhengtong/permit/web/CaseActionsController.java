package org.zhengtong.permit.web;

import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.permit.CaseStepRefused;
import org.zhengtong.permit.SuspensionKind;
import org.zhengtong.permit.internal.ExtensionDesk;
import org.zhengtong.permit.internal.SuspensionDesk;
import org.zhengtong.shared.Refusal;

/**
 * 延期 (art. 42) and 中止 / 恢复 (art. 45) of an accepted case, posted from the review and
 * decision pages' fragments; back to the case's page
 * ({@code /workbench/permit/cases/{id}}, which leads by state) with the outcome. A case
 * outside the reader's reach is 404.
 */
@Controller
class CaseActionsController {

	private static final String BASE = "/workbench/permit/cases/{id}";

	private final ExtensionDesk extensions;

	private final SuspensionDesk suspensions;

	CaseActionsController(ExtensionDesk extensions, SuspensionDesk suspensions) {
		this.extensions = extensions;
		this.suspensions = suspensions;
	}

	@InitBinder({ "extendForm", "suspendForm" })
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@PostMapping(BASE + "/extend")
	String extend(@PathVariable long id, @Valid @ModelAttribute("extendForm") ExtendForm form, BindingResult errors,
			Principal principal, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return invalid(id, errors, redirect);
		}
		return run(id, redirect, "permit.actions.extend.success",
				() -> extensions.extend(id, form.getReason(), principal.getName()));
	}

	@PostMapping(BASE + "/suspend")
	String suspend(@PathVariable long id, @Valid @ModelAttribute("suspendForm") SuspendForm form, BindingResult errors,
			Principal principal, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return invalid(id, errors, redirect);
		}
		return run(id, redirect, "permit.actions.suspend.success", () -> suspensions.suspend(id, form.getKind(),
				form.getReason(), form.getExpectedDays() == null ? 0 : form.getExpectedDays(), principal.getName()));
	}

	@PostMapping(BASE + "/resume")
	String resume(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return run(id, redirect, "permit.actions.resume.success", () -> suspensions.resume(id, principal.getName()));
	}

	private String run(long id, RedirectAttributes redirect, String success, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (CaseStepRefused refused) {
			if (refused.notFoundAnswer()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			flash(redirect, refused);
		}
		catch (Refusal refused) {
			flash(redirect, refused);
		}
		return back(id);
	}

	private static void flash(RedirectAttributes redirect, Refusal refused) {
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
	}

	private static String invalid(long id, BindingResult errors, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorTexts",
				errors.getAllErrors().stream().map(ObjectError::getDefaultMessage).distinct().toList());
		return back(id);
	}

	private static String back(long id) {
		return "redirect:/workbench/permit/cases/" + id;
	}

	/** 延期: the reason told to the applicant. */
	static class ExtendForm {

		@NotBlank(message = "{permit.extension.refused.reason}")
		@Size(max = 500, message = "{permit.extension.refused.reason}")
		private String reason = "";

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** 中止: the kind, the reason and the expected working days. */
	static class SuspendForm {

		@NotNull(message = "{permit.suspension.refused.kind}")
		private @Nullable SuspensionKind kind;

		@NotBlank(message = "{permit.suspension.refused.reason}")
		@Size(max = 500, message = "{permit.suspension.refused.reason}")
		private String reason = "";

		@NotNull(message = "{permit.suspension.refused.days}")
		@Min(value = 1, message = "{permit.suspension.refused.days}")
		@Max(value = 365, message = "{permit.suspension.refused.days}")
		private @Nullable Integer expectedDays;

		public @Nullable SuspensionKind getKind() {
			return kind;
		}

		public void setKind(@Nullable SuspensionKind kind) {
			this.kind = kind;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public @Nullable Integer getExpectedDays() {
			return expectedDays;
		}

		public void setExpectedDays(@Nullable Integer expectedDays) {
			this.expectedDays = expectedDays;
		}

	}

}
