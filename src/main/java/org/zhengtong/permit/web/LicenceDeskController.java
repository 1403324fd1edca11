package org.zhengtong.permit.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileResponses;
import org.zhengtong.permit.LicenceRefused;
import org.zhengtong.permit.LicenceStatus;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LicenceView;
import org.zhengtong.permit.Licences;
import org.zhengtong.permit.internal.LicenceDesk;
import org.zhengtong.permit.internal.LicenceList;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * 电子证照 on the workbench: the department's licences (filters, counts by status), their
 * PDF, .p7s and OFD, and 撤销 / 注销 by its 审批负责人 with a reason. Everything outside the
 * department of the post in use answers 404.
 */
@Controller
class LicenceDeskController implements WorkbenchMenuContributor {

	static final String LIST = "permit/licence-list";

	private final LicenceDesk desk;

	private final LicenceList list;

	private final Licences licences;

	private final FileManagement files;

	LicenceDeskController(LicenceDesk desk, LicenceList list, Licences licences, FileManagement files) {
		this.desk = desk;
		this.list = list;
		this.licences = licences;
		this.files = files;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		// offered to whoever may read the list (shown once for someone holding several)
		return java.util.stream.Stream
			.of(PermitRoles.DECIDE, PermitRoles.REVIEW, PermitRoles.RECEIVE, UnitSeals.SEAL_PERMISSION)
			.map((authority) -> new WorkbenchMenuItem("menu.section.permit", "permit.licences.menu",
					"/workbench/licences", authority, 60))
			.toList();
	}

	/** 撤销 or 注销 with its reason. */
	static class EndForm {

		@NotBlank(message = "{permit.licence.refused.reasonMissing}")
		@Size(max = 500, message = "{permit.licence.refused.reasonMissing}")
		private String reason = "";

		@Pattern(regexp = "revoke|cancel")
		private String action = "revoke";

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getAction() {
			return action;
		}

		public void setAction(String action) {
			this.action = action;
		}

	}

	@InitBinder("end")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/workbench/licences")
	String list(@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			Principal principal, Model model) {
		UUID department = department(principal);
		LicenceType chosenType = LicenceType.byCode(type).orElse(null);
		LicenceStatus chosenStatus = status(status);
		PageOf<LicenceList.Row> rows = list.page(department, new LicenceList.Filter(text, chosenType, chosenStatus),
				ListSort.parse(sort), Math.max(0, page), 20);
		model.addAttribute("rows", rows);
		model.addAttribute("counts", list.counts(department));
		model.addAttribute("types", LicenceType.values());
		model.addAttribute("statuses", LicenceStatus.values());
		model.addAttribute("text", text == null ? "" : text);
		model.addAttribute("type", chosenType);
		model.addAttribute("status", chosenStatus);
		model.addAttribute("decides", desk.decides(principal.getName()));
		model.addAttribute("pageLink", link(text, chosenType, chosenStatus, sort) + "page=");
		if (!model.containsAttribute("end")) {
			model.addAttribute("end", new EndForm());
		}
		return LIST;
	}

	@GetMapping("/workbench/licences/{number}/{kind}")
	ResponseEntity<Resource> download(@PathVariable String number, @PathVariable String kind, Principal principal) {
		department(principal);
		if (!List.of("pdf", "p7s", "ofd").contains(kind)) {
			throw notFound();
		}
		var link = desk.file(number, LicenceDesk.FileKind.valueOf(kind.toUpperCase(Locale.ROOT)), principal.getName())
			.orElseThrow(LicenceDeskController::notFound);
		return FileResponses.of(link, files.contentOf(link.file()), false);
	}

	@PostMapping("/workbench/licences/{number}/end")
	String end(@PathVariable String number, @Valid @ModelAttribute("end") EndForm form, BindingResult errors,
			Principal principal, RedirectAttributes redirect) {
		department(principal);
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", "permit.licence.refused.reasonMissing");
			return "redirect:/workbench/licences?text=" + number;
		}
		try {
			LicenceView ended = licences.end(number, "revoke".equals(form.getAction()), form.getReason(),
					principal.getName());
			redirect.addFlashAttribute("success", "permit.licences.ended." + ended.status().name());
			redirect.addFlashAttribute("successArguments", new Object[] { ended.number() });
		}
		catch (LicenceRefused refused) {
			if ("permit.licence.refused.notFound".equals(refused.messageKey())) {
				throw notFound();
			}
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/workbench/licences?text=" + number;
	}

	private UUID department(Principal principal) {
		UUID department = desk.department(principal.getName());
		if (department == null) {
			throw notFound();
		}
		return department;
	}

	private static @Nullable LicenceStatus status(@Nullable String status) {
		for (LicenceStatus one : LicenceStatus.values()) {
			if (one.name().equals(status)) {
				return one;
			}
		}
		return null;
	}

	private static String link(@Nullable String text, @Nullable LicenceType type, @Nullable LicenceStatus status,
			@Nullable String sort) {
		StringBuilder link = new StringBuilder("/workbench/licences?");
		if (text != null && !text.isBlank()) {
			link.append("text=")
				.append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
				.append('&');
		}
		if (type != null) {
			link.append("type=").append(type.code()).append('&');
		}
		if (status != null) {
			link.append("status=").append(status.name()).append('&');
		}
		if (sort != null && ListSort.parse(sort) != null) {
			link.append("sort=")
				.append(java.net.URLEncoder.encode(sort, java.nio.charset.StandardCharsets.UTF_8))
				.append('&');
		}
		return link.toString();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
	}

}
