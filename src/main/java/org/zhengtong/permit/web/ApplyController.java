package org.zhengtong.permit.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.files.FileRefused;
import org.zhengtong.permit.ApplicationRefused;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.internal.ApplicationCodes;
import org.zhengtong.permit.internal.ApplicationService;
import org.zhengtong.permit.internal.FormAnswers;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.PermitCase;

/**
 * 在线申报 on the portal ({@code /services/items/{code}/apply}, and under {@code /en/}):
 * signed-in citizens and enterprises of the item's audience fill in the guide's form and
 * upload a file per material; 保存草稿 keeps what is valid and the files, 提交申请 saves and then
 * submits (a 办件编号 and the 查询码, shown once on the next page). Never cached.
 */
@Controller
class ApplyController {

	static final String FORM = "permit/apply-form";

	static final String SUBMITTED = "permit/apply-submitted";

	private final ApplicationService applications;

	private final ApplicationPages pages;

	ApplyController(ApplicationService applications, ApplicationPages pages) {
		this.applications = applications;
		this.pages = pages;
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping({ "/services/items/{code}/apply", "/en/services/items/{code}/apply" })
	String form(@PathVariable String code, @RequestParam(required = false) @Nullable Long draft,
			HttpServletRequest request, HttpServletResponse response, @Nullable Principal principal, Model model) {
		response.setHeader("Cache-Control", "no-store");
		if (principal == null) {
			return "redirect:/login";
		}
		ApplicationForm form = new ApplicationForm();
		form.setSubmitToken(ApplicationCodes.newToken());
		if (draft != null) {
			PermitCase found = applications.own(draft, principal.getName());
			if (found.state() != PermitCaseState.DRAFT && found.number() != null) {
				return "redirect:" + ApplicationPages.prefix(request) + "/services/cases/" + found.number();
			}
			form.setDraftId(found.id());
			form.setValues(FormAnswers.inputs(found.formValues()));
			form.setContactName(found.contactName());
			form.setContactPhone(found.contactPhone());
			form.setContactEmail(found.contactEmail());
			return show(code, applications.guideOf(found), found, form, List.of(), Map.of(), principal, request, model);
		}
		ApplicationService.Offer offer = applications.offer(code);
		applications.checkApplicant(offer, principal.getName());
		applications.profile(principal.getName()).ifPresent((profile) -> {
			form.setContactName(profile.name().length() > 60 ? null : profile.name());
			form.setContactPhone(profile.mobile());
			form.setContactEmail(profile.email());
		});
		return show(code, offer.guide(), null, form, List.of(), Map.of(), principal, request, model);
	}

	@PostMapping({ "/services/items/{code}/apply", "/en/services/items/{code}/apply" })
	String send(@PathVariable String code, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Principal principal, Model model,
			RedirectAttributes redirect) {
		response.setHeader("Cache-Control", "no-store");
		String account = principal.getName();
		String prefix = ApplicationPages.prefix(request);
		if (!ApplicationCodes.wellFormed(form.getSubmitToken())) {
			return "redirect:" + prefix + "/services/items/" + code + "/apply";
		}
		if (errors.hasErrors()) {
			PermitCase draft = form.getDraftId() == null ? null : applications.draft(form.getDraftId(), account);
			Guide guide = draft == null ? applications.offer(code).guide() : applications.guideOf(draft);
			return show(code, guide, draft, form, List.of(), Map.of(), principal, request, model);
		}
		ApplicationService.Saved saved;
		try {
			saved = applications.save(code, form.getDraftId(), account, form.getValues(),
					new ApplicationService.Contact(form.getContactName(), form.getContactPhone(),
							form.getContactEmail()),
					ApplicationPages.uploads(request));
		}
		catch (FileRefused refused) {
			PermitCase draft = form.getDraftId() == null ? null : applications.draft(form.getDraftId(), account);
			Guide guide = draft == null ? applications.offer(code).guide() : applications.guideOf(draft);
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return show(code, guide, draft, form, List.of(), Map.of(), principal, request, model);
		}
		PermitCase draft = saved.draft();
		form.setDraftId(draft.id());
		if (!saved.problems().isEmpty()) {
			return show(code, applications.guideOf(draft), draft, form, saved.problems(), Map.of(), principal, request,
					model);
		}
		if (!form.submitting()) {
			redirect.addFlashAttribute("success", "permit.apply.saved");
			return "redirect:" + prefix + "/services/items/" + code + "/apply?draft=" + draft.id();
		}
		try {
			ApplicationService.Submitted submitted = applications.submit(draft.id(), account, form.getSubmitToken());
			redirect.addFlashAttribute("submitted",
					new Answer(submitted.number(), submitted.queryCode(), submitted.again()));
			return "redirect:" + prefix + "/services/applications/submitted";
		}
		catch (ApplicationRefused refused) {
			if ("permit.apply.refused.notFound".equals(refused.messageKey())) {
				throw refused;
			}
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			PermitCase current = applications.own(draft.id(), account);
			if (current.state() != PermitCaseState.DRAFT) {
				throw refused;
			}
			Map<Integer, String> missing = new java.util.LinkedHashMap<>();
			Guide guide = applications.guideOf(current);
			List<Integer> handedIn = applications.materialsOf(current.id()).stream().map((m) -> m.material()).toList();
			for (int position = 0; position < guide.materials().size(); position++) {
				if (guide.materials().get(position).required() && !handedIn.contains(position)) {
					missing.put(position, pages.missingMaterial(guide.materials().get(position).name()));
				}
			}
			form.setValues(FormAnswers.inputs(current.formValues()));
			form.setSubmitToken(ApplicationCodes.newToken());
			return show(code, guide, current, form, applications.problems(current), missing, principal, request, model);
		}
	}

	@GetMapping({ "/services/applications/submitted", "/en/services/applications/submitted" })
	String submitted(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader("Cache-Control", "no-store");
		if (!model.containsAttribute("submitted")) {
			return "redirect:" + ApplicationPages.prefix(request) + "/services/my-cases";
		}
		model.addAttribute("english", ApplicationPages.english(request));
		return SUBMITTED;
	}

	/** What the applicant is shown once after submitting (kept for the one redirect). */
	record Answer(String number, String queryCode, boolean again) implements java.io.Serializable {
	}

	private String show(String code, Guide guide, @Nullable PermitCase draft, ApplicationForm form,
			List<FormAnswers.Problem> problems, Map<Integer, String> materialErrors, Principal principal,
			HttpServletRequest request, Model model) {
		boolean english = ApplicationPages.english(request);
		model.addAttribute("english", english);
		model.addAttribute("code", code);
		model.addAttribute("guide", guide);
		model.addAttribute("form", form);
		model.addAttribute("draft", draft);
		model.addAttribute("profile", applications.profile(principal.getName()).orElse(null));
		pages.fill(guide, form.getValues(), problems, draft == null ? List.of() : applications.materialsOf(draft.id()),
				materialErrors, english, model);
		return FORM;
	}

}
