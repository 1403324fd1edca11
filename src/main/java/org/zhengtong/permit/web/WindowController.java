package org.zhengtong.permit.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.files.FileRefused;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.ApplicationRefused;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.ApplicationCodes;
import org.zhengtong.permit.internal.ApplicationService;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.IdentifierInvalid;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * 窗口收件 in the workbench ("网上审批"): the department's 窗口受理员 registers a paper application —
 * the applicant (个人 with a 身份证号 or 法人 with a 统一社会信用代码, both checked by their check
 * characters), the contact, the form's answers and a scan per material — as a submitted
 * case of channel WINDOW, then gives the applicant the 办件编号 and 查询码 shown once. Items of
 * other departments answer 404.
 */
@Controller
@PreAuthorize("hasAuthority('" + PermitRoles.RECEIVE + "')")
class WindowController {

	static final String ITEMS = "permit/window-items";

	static final String FORM = "permit/window-form";

	static final String REGISTERED = "permit/window-registered";

	private final ApplicationService applications;

	private final ApplicationPages pages;

	private final AccessScopes scopes;

	WindowController(ApplicationService applications, ApplicationPages pages, AccessScopes scopes) {
		this.applications = applications;
		this.pages = pages;
		this.scopes = scopes;
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/workbench/permit/window")
	String items(Model model) {
		model.addAttribute("offers", applications.windowItems(scopes.current(PermitRoles.RECEIVE)));
		return ITEMS;
	}

	@GetMapping("/workbench/permit/window/{code}")
	String form(@PathVariable String code, Model model) {
		WindowForm form = new WindowForm();
		form.setSubmitToken(ApplicationCodes.newToken());
		return show(code, form, Map.of(), model);
	}

	@PostMapping("/workbench/permit/window/{code}")
	String register(@PathVariable String code, @Valid @ModelAttribute("form") WindowForm form, BindingResult errors,
			HttpServletRequest request, Principal principal, Model model, RedirectAttributes redirect) {
		ApplicationService.Offer offer = applications.windowItem(code, scopes.current(PermitRoles.RECEIVE));
		if (!ApplicationCodes.wellFormed(form.getSubmitToken())) {
			return "redirect:/workbench/permit/window/" + code;
		}
		if (form.getKind() != null && form.getIdNumber() != null && !form.getIdNumber().isBlank()) {
			try {
				if (form.getKind() == ApplicantKind.CITIZEN) {
					ResidentIdNumber.of(form.getIdNumber());
				}
				else {
					CreditCode.of(form.getIdNumber());
				}
			}
			catch (IdentifierInvalid invalid) {
				errors.rejectValue("idNumber", invalid.messageKey(), invalid.arguments(), invalid.getMessage());
			}
		}
		var checked = org.zhengtong.permit.internal.FormAnswers.check(offer.guide().fields(), form.getValues(), true);
		if (errors.hasErrors() || !checked.valid()) {
			model.addAttribute("answerProblems", checked.problems());
			return show(code, form, Map.of(), model);
		}
		try {
			ApplicationService.Submitted registered = applications.register(
					new ApplicationService.WindowApplication(code, form.getKind(), form.getName(), form.getIdNumber(),
							new ApplicationService.Contact(form.getContactName(), form.getContactPhone(),
									form.getContactEmail()),
							form.getValues(), ApplicationPages.uploads(request), form.getSubmitToken(),
							principal.getName(), scopes.current(PermitRoles.RECEIVE)));
			redirect.addFlashAttribute("registered",
					new ApplyController.Answer(registered.number(), registered.queryCode(), registered.again()));
			return "redirect:/workbench/permit/window/registered";
		}
		catch (ApplicationRefused refused) {
			if ("permit.apply.refused.notFound".equals(refused.messageKey())) {
				throw refused;
			}
			return again(code, form, refused, model);
		}
		catch (FileRefused | IdentifierInvalid refused) {
			return again(code, form, refused, model);
		}
	}

	private String again(String code, WindowForm form, org.zhengtong.shared.Refusal refused, Model model) {
		model.addAttribute("error", refused.messageKey());
		model.addAttribute("errorArguments", refused.arguments());
		form.setSubmitToken(ApplicationCodes.newToken());
		return show(code, form, Map.of(), model);
	}

	@GetMapping("/workbench/permit/window/registered")
	String registered(Model model) {
		if (!model.containsAttribute("registered")) {
			return "redirect:/workbench/permit/window";
		}
		return REGISTERED;
	}

	private String show(String code, WindowForm form, Map<Integer, String> materialErrors, Model model) {
		ApplicationService.Offer offer = applications.windowItem(code, scopes.current(PermitRoles.RECEIVE));
		model.addAttribute("code", code);
		model.addAttribute("guide", offer.guide());
		model.addAttribute("item", offer.item());
		model.addAttribute("form", form);
		model.addAttribute("kinds", ApplicantKind.values());
		@SuppressWarnings("unchecked")
		List<org.zhengtong.permit.internal.FormAnswers.Problem> problems = model.containsAttribute("answerProblems")
				? (List<org.zhengtong.permit.internal.FormAnswers.Problem>) model.getAttribute("answerProblems")
				: List.of();
		pages.fill(offer.guide(), form.getValues(), problems, List.of(), materialErrors, false, model);
		return FORM;
	}

	/** 窗口收件: the applicant, the contact, the answers; scans come as files. */
	static class WindowForm {

		private String submitToken = "";

		@NotNull(message = "{permit.window.kind.missing}")
		private @Nullable ApplicantKind kind;

		@NotBlank(message = "{permit.window.name.missing}")
		@Size(max = 200, message = "{permit.window.name.missing}")
		private String name = "";

		@NotBlank(message = "{permit.window.idNumber.missing}")
		@Size(max = 30, message = "{permit.window.idNumber.missing}")
		private String idNumber = "";

		@Size(max = 60, message = "{permit.form.contactName.tooLong}")
		private @Nullable String contactName;

		@Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{permit.form.contactPhone.invalid}")
		private @Nullable String contactPhone;

		@Email(message = "{permit.form.contactEmail.invalid}")
		@Size(max = 200, message = "{permit.form.contactEmail.invalid}")
		private @Nullable String contactEmail;

		private Map<String, String> values = new java.util.LinkedHashMap<>();

		public String getSubmitToken() {
			return submitToken;
		}

		public void setSubmitToken(String submitToken) {
			this.submitToken = submitToken;
		}

		public @Nullable ApplicantKind getKind() {
			return kind;
		}

		public void setKind(@Nullable ApplicantKind kind) {
			this.kind = kind;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getIdNumber() {
			return idNumber;
		}

		public void setIdNumber(String idNumber) {
			this.idNumber = idNumber;
		}

		public @Nullable String getContactName() {
			return contactName;
		}

		public void setContactName(@Nullable String contactName) {
			this.contactName = contactName;
		}

		public @Nullable String getContactPhone() {
			return contactPhone;
		}

		public void setContactPhone(@Nullable String contactPhone) {
			this.contactPhone = contactPhone;
		}

		public @Nullable String getContactEmail() {
			return contactEmail;
		}

		public void setContactEmail(@Nullable String contactEmail) {
			this.contactEmail = contactEmail;
		}

		public Map<String, String> getValues() {
			return values;
		}

		public void setValues(Map<String, String> values) {
			this.values = values;
		}

	}

}
