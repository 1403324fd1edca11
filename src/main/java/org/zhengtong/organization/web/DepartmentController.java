package org.zhengtong.organization.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.organization.DepartmentView;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** 内设机构 of a unit, on the unit's page: add and deactivate them. */
@Controller
class DepartmentController {

	private final PostManagement posts;

	private final UnitManagement units;

	private final Clock clock;

	DepartmentController(PostManagement posts, UnitManagement units, Clock clock) {
		this.posts = posts;
		this.units = units;
		this.clock = clock;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@PostMapping("/admin/units/{id}/departments")
	@PreAuthorize(UnitController.MANAGE)
	String add(@PathVariable UUID id, @Valid @ModelAttribute("departmentForm") DepartmentForm form,
			BindingResult errors, Principal admin, RedirectAttributes redirect) {
		units.find(id, LocalDate.now(clock)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("errorTexts",
					errors.getAllErrors().stream().map((error) -> error.getDefaultMessage()).toList());
			redirect.addFlashAttribute("departmentForm", form);
			return back(id);
		}
		try {
			DepartmentView added = posts.addDepartment(id, form.getName(), form.getEnglishName(), form.getSortOrder(),
					admin.getName());
			redirect.addFlashAttribute("success", "department.added");
			redirect.addFlashAttribute("successArguments", new Object[] { added.name() });
		}
		catch (Refusal refused) {
			flashRefusal(redirect, refused);
			redirect.addFlashAttribute("departmentForm", form);
		}
		return back(id);
	}

	@PostMapping("/admin/units/{id}/departments/{department}/deactivate")
	@PreAuthorize(UnitController.MANAGE)
	String deactivate(@PathVariable UUID id, @PathVariable UUID department, Principal admin,
			RedirectAttributes redirect) {
		DepartmentView found = posts.departments(id)
			.stream()
			.filter((d) -> d.id().equals(department))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		try {
			posts.deactivateDepartment(found.id(), admin.getName());
			redirect.addFlashAttribute("success", "department.deactivated");
			redirect.addFlashAttribute("successArguments", new Object[] { found.name() });
		}
		catch (Refusal refused) {
			flashRefusal(redirect, refused);
		}
		return back(id);
	}

	private static void flashRefusal(RedirectAttributes redirect, Refusal refused) {
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
	}

	private static String back(UUID unit) {
		return "redirect:/admin/units/" + unit + "#departments";
	}

	/** A new department. */
	static class DepartmentForm implements java.io.Serializable {

		@NotBlank(message = "{department.form.nameMissing}")
		@Size(max = 40, message = "{department.form.nameLength}")
		private String name = "";

		@NotBlank(message = "{department.form.englishNameMissing}")
		@Size(min = 2, max = 120, message = "{department.form.englishNameLength}")
		private String englishName = "";

		private int sortOrder;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEnglishName() {
			return englishName;
		}

		public void setEnglishName(String englishName) {
			this.englishName = englishName;
		}

		public int getSortOrder() {
			return sortOrder;
		}

		public void setSortOrder(int sortOrder) {
			this.sortOrder = sortOrder;
		}

	}

}
