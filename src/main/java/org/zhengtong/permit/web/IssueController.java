package org.zhengtong.permit.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import org.zhengtong.permit.IssueRefused;
import org.zhengtong.permit.LicenceRefused;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LicenceView;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.IssueDesk;
import org.zhengtong.permit.internal.IssueRecords;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.permit.internal.ApplicationService;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * 发证 on the workbench (行政许可法 art. 44), for the department's 印章管理员: the list of approved
 * cases waiting for their licence (待发证, with the 10-working-day clock), and a case's 发证
 * page — holder from the applicant, the type the item yields, fields prefilled from the
 * form's answers and editable — which issues the sealed licence in a certificate session
 * and closes the case. Outside the department of the post in use: 404.
 */
@Controller
class IssueController implements WorkbenchMenuContributor {

	static final String LIST = "permit/issue-list";

	static final String FORM = "permit/issue-form";

	private final IssueDesk desk;

	private final IssueRecords records;

	private final ApplicationService applications;

	IssueController(IssueDesk desk, IssueRecords records, ApplicationService applications) {
		this.desk = desk;
		this.records = records;
		this.applications = applications;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.permit", "permit.issue.menu", "/workbench/permit/issue",
				UnitSeals.SEAL_PERMISSION, 50));
	}

	/**
	 * 发证: the type, an online citizen's 身份证号, the template's fields, the first valid day.
	 */
	static class IssueForm implements java.io.Serializable {

		private static final long serialVersionUID = 1L;

		@NotBlank(message = "{permit.issue.typeMissing}")
		private String type = "";

		@Size(max = 18, message = "{permit.issue.refused.holderIdMismatch}")
		private String holderId = "";

		private LinkedHashMap<String, String> fields = new LinkedHashMap<>();

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate validFrom;

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getHolderId() {
			return holderId;
		}

		public void setHolderId(String holderId) {
			this.holderId = holderId;
		}

		public Map<String, String> getFields() {
			return fields;
		}

		public void setFields(Map<String, String> fields) {
			this.fields = new LinkedHashMap<>(fields);
		}

		public @Nullable LocalDate getValidFrom() {
			return validFrom;
		}

		public void setValidFrom(@Nullable LocalDate validFrom) {
			this.validFrom = validFrom;
		}

	}

	@InitBinder("issue")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/workbench/permit/issue")
	String list(@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			Principal principal, Model model) {
		UUID department = department(principal);
		PageOf<IssueRecords.Waiting> rows = records.waiting(department, text, ListSort.parse(sort), Math.max(0, page),
				20);
		model.addAttribute("rows", rows);
		model.addAttribute("clocks",
				rows.items()
					.stream()
					.filter((row) -> row.issueClockId() != null)
					.collect(java.util.stream.Collectors.toMap(IssueRecords.Waiting::id,
							(row) -> desk.issueClockView(row.issueClockId()))));
		model.addAttribute("text", text == null ? "" : text);
		StringBuilder link = new StringBuilder("/workbench/permit/issue?");
		if (text != null && !text.isBlank()) {
			link.append("text=")
				.append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
				.append('&');
		}
		model.addAttribute("pageLink", link + "page=");
		return LIST;
	}

	@GetMapping("/workbench/permit/issue/{number}")
	String form(@PathVariable String number, Principal principal, Model model) {
		PermitCase found = found(number, principal);
		IssueDesk.Prefill prefill = desk.prefill(found);
		if (!model.containsAttribute("issue")) {
			IssueForm form = new IssueForm();
			form.setType(prefill.type() == null ? "" : prefill.type().code());
			form.setFields(new LinkedHashMap<>(prefill.fields()));
			model.addAttribute("issue", form);
		}
		Guide guide = applications.guideOf(found);
		model.addAttribute("permitCase", found);
		model.addAttribute("guide", guide);
		model.addAttribute("prefill", prefill);
		model.addAttribute("types", LicenceType.values());
		model.addAttribute("clock", desk.issueClock(found).orElse(null));
		model.addAttribute("licence", desk.licenceOf(found).orElse(null));
		return FORM;
	}

	@PostMapping("/workbench/permit/issue/{number}")
	String issue(@PathVariable String number, @Valid @ModelAttribute("issue") IssueForm form, BindingResult errors,
			Principal principal, RedirectAttributes redirect) {
		found(number, principal);
		String back = "redirect:/workbench/permit/issue/" + number;
		LicenceType type = LicenceType.byCode(form.getType()).orElse(null);
		if (errors.hasErrors() || type == null) {
			redirect.addFlashAttribute("issue", form);
			redirect.addFlashAttribute("error", "permit.issue.typeMissing");
			return back;
		}
		try {
			LicenceView issued = desk.issue(number, type, form.getHolderId(), form.getFields(), form.getValidFrom(),
					principal.getName());
			redirect.addFlashAttribute("success", "permit.issue.done");
			redirect.addFlashAttribute("successArguments", new Object[] { issued.number(), number });
		}
		catch (IssueRefused | LicenceRefused | PkiRefused refused) {
			if (refused.messageKey().endsWith(".notFound")) {
				throw notFound();
			}
			redirect.addFlashAttribute("issue", form);
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return back;
	}

	private PermitCase found(String number, Principal principal) {
		try {
			return desk.forKeeper(number, principal.getName());
		}
		catch (IssueRefused notHere) {
			throw notFound();
		}
	}

	private UUID department(Principal principal) {
		UUID department = desk.department(principal.getName());
		if (department == null) {
			throw notFound();
		}
		return department;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
