package org.zhengtong.organization.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.organization.UnitView;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 单位管理 for the system administrator ({@code unit.manage}): the unit tree, new units,
 * renaming, deactivating.
 */
@Controller
class UnitController implements WorkbenchMenuContributor {

	static final String LIST = "organization/unit-list";

	static final String DETAIL = "organization/unit-detail";

	static final String MANAGE = "hasAuthority('unit.manage')";

	private final UnitManagement units;

	private final PostManagement posts;

	private final Clock clock;

	UnitController(UnitManagement units, PostManagement posts, Clock clock) {
		this.units = units;
		this.posts = posts;
		this.clock = clock;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/admin/units")
	@PreAuthorize(MANAGE)
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			Model model) {
		LocalDate shown = day == null ? LocalDate.now(clock) : day;
		model.addAttribute("day", shown);
		model.addAttribute("units", units.tree(shown));
		model.addAttribute("kinds", UnitKind.values());
		if (!model.containsAttribute("unitForm")) {
			UnitForm form = new UnitForm();
			form.setValidFrom(LocalDate.now(clock));
			model.addAttribute("unitForm", form);
		}
		return LIST;
	}

	@PostMapping("/admin/units")
	@PreAuthorize(MANAGE)
	String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult errors, Principal admin, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				UnitView created = units.create(form.getParentId(), form.getKind(), form.names(), form.getCreditCode(),
						form.getSortOrder(), form.getValidFrom(), admin.getName());
				redirect.addFlashAttribute("success", "unit.created");
				redirect.addFlashAttribute("successArguments", new Object[] { created.names().fullName() });
				return "redirect:/admin/units/" + created.id();
			}
			catch (Refusal refused) {
				errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
			}
		}
		return list(null, model);
	}

	@GetMapping("/admin/units/{id}")
	@PreAuthorize(MANAGE)
	String detail(@PathVariable UUID id, Model model) {
		UnitView unit = existing(id);
		model.addAttribute("unit", unit);
		model.addAttribute("history", units.nameHistory(id));
		model.addAttribute("departments", posts.departments(id));
		model.addAttribute("parents",
				units.tree(LocalDate.now(clock))
					.stream()
					.filter((candidate) -> candidate.active() && !units.unitAndBelow(id).contains(candidate.id()))
					.toList());
		model.addAttribute("staffCount", posts.addressBook("", id, 0, 1).total());
		if (!model.containsAttribute("departmentForm")) {
			model.addAttribute("departmentForm", new DepartmentController.DepartmentForm());
		}
		if (!model.containsAttribute("renameForm")) {
			UnitForm form = new UnitForm();
			form.setFullName(unit.names().fullName());
			form.setShortName(unit.names().shortName());
			form.setEnglishName(unit.names().englishName());
			form.setCodePrefix(unit.names().codePrefix());
			form.setValidFrom(LocalDate.now(clock).plusDays(1));
			model.addAttribute("renameForm", form);
		}
		return DETAIL;
	}

	@PostMapping("/admin/units/{id}/rename")
	@PreAuthorize(MANAGE)
	String rename(@PathVariable UUID id, @Valid @ModelAttribute("renameForm") UnitForm form, BindingResult errors,
			Principal admin, Model model, RedirectAttributes redirect) {
		existing(id);
		if (!errors.hasErrors()) {
			try {
				units.rename(id, form.names(), form.getValidFrom(), admin.getName());
				redirect.addFlashAttribute("success", "unit.renamed");
				redirect.addFlashAttribute("successArguments",
						new Object[] { form.getFullName(), form.getValidFrom() });
				return "redirect:/admin/units/" + id;
			}
			catch (Refusal refused) {
				errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
			}
		}
		return detail(id, model);
	}

	@PostMapping("/admin/units/{id}/move")
	@PreAuthorize(MANAGE)
	String move(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID parent, Principal admin,
			RedirectAttributes redirect) {
		existing(id);
		try {
			UnitView moved = units.move(id, parent, admin.getName());
			redirect.addFlashAttribute("success", "unit.moved");
			redirect.addFlashAttribute("successArguments", new Object[] { moved.names().fullName() });
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/admin/units/" + id;
	}

	@PostMapping("/admin/units/{id}/deactivate")
	@PreAuthorize(MANAGE)
	String deactivate(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
		existing(id);
		try {
			units.deactivate(id, admin.getName());
			redirect.addFlashAttribute("success", "unit.deactivated");
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/admin/units/" + id;
	}

	/** The unit, or 404 for an address that names none. */
	private UnitView existing(UUID id) {
		return units.find(id, LocalDate.now(clock)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.admin", "menu.units", "/admin/units", "unit.manage", 10));
	}

	/** A unit's fields, for a new unit and for renaming one. */
	static class UnitForm {

		private @Nullable UUID parentId;

		@NotNull(message = "{unit.form.kindMissing}")
		private UnitKind kind = UnitKind.DEPARTMENT;

		@NotBlank(message = "{unit.form.fullNameMissing}")
		@Size(min = 2, max = 80, message = "{unit.form.fullNameLength}")
		private String fullName = "";

		@NotBlank(message = "{unit.form.shortNameMissing}")
		@Size(max = 30, message = "{unit.form.shortNameLength}")
		private String shortName = "";

		@NotBlank(message = "{unit.form.englishNameMissing}")
		@Size(min = 2, max = 160, message = "{unit.form.englishNameLength}")
		private String englishName = "";

		@Size(max = 12, message = "{unit.form.codePrefixLength}")
		private @Nullable String codePrefix;

		private @Nullable String creditCode;

		private int sortOrder;

		@NotNull(message = "{unit.form.validFromMissing}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate validFrom;

		UnitNames names() {
			return new UnitNames(fullName, shortName, englishName, codePrefix);
		}

		public @Nullable UUID getParentId() {
			return parentId;
		}

		public void setParentId(@Nullable UUID parentId) {
			this.parentId = parentId;
		}

		public UnitKind getKind() {
			return kind;
		}

		public void setKind(UnitKind kind) {
			this.kind = kind;
		}

		public String getFullName() {
			return fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = fullName;
		}

		public String getShortName() {
			return shortName;
		}

		public void setShortName(String shortName) {
			this.shortName = shortName;
		}

		public String getEnglishName() {
			return englishName;
		}

		public void setEnglishName(String englishName) {
			this.englishName = englishName;
		}

		public @Nullable String getCodePrefix() {
			return codePrefix;
		}

		public void setCodePrefix(@Nullable String codePrefix) {
			this.codePrefix = codePrefix;
		}

		public @Nullable String getCreditCode() {
			return creditCode;
		}

		public void setCreditCode(@Nullable String creditCode) {
			this.creditCode = creditCode;
		}

		public int getSortOrder() {
			return sortOrder;
		}

		public void setSortOrder(int sortOrder) {
			this.sortOrder = sortOrder;
		}

		public @Nullable LocalDate getValidFrom() {
			return validFrom;
		}

		public void setValidFrom(@Nullable LocalDate validFrom) {
			this.validFrom = validFrom;
		}

	}

}
