package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
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
import org.zhengtong.interaction.internal.DispatchCatalogue;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;

/**
 * 派单目录: the receiving office keeps which unit answers letters on a topic from a region;
 * 派单 proposes the unit of the best-fitting rule.
 */
@Controller
class DispatchCatalogueController implements WorkbenchMenuContributor {

	static final String VIEW = "interaction/dispatch-rules";

	private static final String BACK = "redirect:/workbench/dispatch-rules";

	private final DispatchCatalogue catalogue;

	private final OfficeDesk desk;

	private final OfficeReplies replies;

	DispatchCatalogueController(DispatchCatalogue catalogue, OfficeDesk desk, OfficeReplies replies) {
		this.catalogue = catalogue;
		this.desk = desk;
		this.replies = replies;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/workbench/dispatch-rules")
	@PreAuthorize(LetterOfficeController.OFFICE)
	String list(Model model) {
		if (!model.containsAttribute("ruleForm")) {
			model.addAttribute("ruleForm", new OfficeForms.RuleForm());
		}
		model.addAttribute("rules", catalogue.rules());
		model.addAttribute("units", desk.activeUnits());
		model.addAttribute("topics", catalogue.topics());
		model.addAttribute("regions", catalogue.regions());
		return VIEW;
	}

	@PostMapping("/workbench/dispatch-rules")
	@PreAuthorize(LetterOfficeController.OFFICE)
	String add(@Valid @ModelAttribute("ruleForm") OfficeForms.RuleForm form, BindingResult errors, Principal user,
			Locale locale, RedirectAttributes redirect) {
		if (errors.hasErrors() || form.getUnit() == null) {
			replies.invalid(redirect, errors, locale);
			redirect.addFlashAttribute("ruleForm", form);
			return BACK;
		}
		UUID unit = form.getUnit();
		replies.run(redirect, () -> catalogue.add(form.getTopic(), form.getRegion(), unit, user.getName()),
				"interaction.dispatch.added");
		return BACK;
	}

	@PostMapping("/workbench/dispatch-rules/{id}/remove")
	@PreAuthorize(LetterOfficeController.OFFICE)
	String remove(@PathVariable UUID id, Principal user, RedirectAttributes redirect) {
		replies.run(redirect, () -> catalogue.remove(id, user.getName()), "interaction.dispatch.removed");
		return BACK;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "menu.interaction.dispatchRules",
				"/workbench/dispatch-rules", "interaction.accept", 21));
	}

}
