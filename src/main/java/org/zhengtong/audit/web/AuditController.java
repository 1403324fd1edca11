package org.zhengtong.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.ChainVerification;
import org.zhengtong.audit.Outcome;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;

/**
 * 安全审计 for the audit administrator (authority {@code audit.read}): search the log, export
 * it, and prove it intact. Exports and verifications are themselves audited.
 */
@Controller
class AuditController implements WorkbenchMenuContributor {

	static final String VIEW = "audit/audit-list";

	static final int PAGE_SIZE = 50;

	static final String AUDITOR = "hasAuthority('audit.read')";

	private final AuditManagement audit;

	private final Clock clock;

	AuditController(AuditManagement audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	@PreAuthorize(AUDITOR)
	String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = filter.toQuery();
		long total = audit.count(query);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("query", query);
		model.addAttribute("entries", audit.search(query, shown, PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("outcomes", Outcome.values());
		return VIEW;
	}

	@PostMapping("/admin/audit/verify")
	@PreAuthorize(AUDITOR)
	String verify(Principal auditor, RedirectAttributes redirect) {
		ChainVerification result = audit.verify();
		audit.record(AuditableEvent
			.succeeded(clock.instant(), auditor.getName(), "audit.verify", "audit_entry", null,
					result.intact() ? "验证审计日志：完整，共 " + result.entries() + " 条，签名检查点 " + result.checkpoints() + " 个"
							: "验证审计日志：发现 " + result.breaks().size() + " 处问题：" + String.join("；",
									result.breaks().stream().limit(3).map(ChainVerification.Break::reason).toList()))
			.withOutcome(result.intact() ? Outcome.SUCCESS : Outcome.FAILED));
		if (result.intact()) {
			redirect.addFlashAttribute("success", "audit.verify.intact");
			redirect.addFlashAttribute("successArguments", new Object[] { result.entries(), result.checkpoints() });
		}
		else {
			redirect.addFlashAttribute("error", "audit.verify.broken");
			redirect.addFlashAttribute("errorArguments", new Object[] { result.breaks().size(), result.entries() });
			redirect.addFlashAttribute("verifyBreaks", new java.util.ArrayList<>(result.breaks()));
		}
		if (!result.notes().isEmpty()) {
			redirect.addFlashAttribute("verifyNotes", new java.util.ArrayList<>(result.notes()));
		}
		return "redirect:/admin/audit";
	}

	@GetMapping("/admin/audit/export.csv")
	@PreAuthorize(AUDITOR)
	void export(@ModelAttribute("filter") AuditFilter filter, Principal auditor, HttpServletResponse response)
			throws IOException {
		AuditQuery query = filter.toQuery();
		audit.record(AuditableEvent.succeeded(clock.instant(), auditor.getName(), "audit.export", "audit_entry", null,
				"导出审计日志 " + audit.count(query) + " 条：" + query));
		String name = "audit-" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
				+ ".csv";
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// Written as it is read: the log may hold millions of entries.
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		audit.exportCsv(query, writer);
		writer.flush();
	}

	@GetMapping("/admin/audit/export.xlsx")
	@PreAuthorize(AUDITOR)
	void exportExcel(@ModelAttribute("filter") AuditFilter filter, Principal auditor, HttpServletResponse response)
			throws IOException {
		AuditQuery query = filter.toQuery();
		audit.record(AuditableEvent.succeeded(clock.instant(), auditor.getName(), "audit.export", "audit_entry", null,
				"导出审计日志（Excel）" + audit.count(query) + " 条：" + query));
		String name = "audit-" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
				+ ".xlsx";
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		audit.exportXlsx(query, response.getOutputStream());
	}

	/**
	 * The auditor's search, bound from the query string of both the list and the export.
	 */
	static class AuditFilter {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate from;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate to;

		private @Nullable String actor;

		private @Nullable String action;

		private @Nullable Outcome outcome;

		private @Nullable String object;

		AuditQuery toQuery() {
			return new AuditQuery(from, to, actor, action, outcome, object);
		}

		public @Nullable LocalDate getFrom() {
			return from;
		}

		public void setFrom(@Nullable LocalDate from) {
			this.from = from;
		}

		public @Nullable LocalDate getTo() {
			return to;
		}

		public void setTo(@Nullable LocalDate to) {
			this.to = to;
		}

		public @Nullable String getActor() {
			return actor;
		}

		public void setActor(@Nullable String actor) {
			this.actor = actor;
		}

		public @Nullable String getAction() {
			return action;
		}

		public void setAction(@Nullable String action) {
			this.action = action;
		}

		public @Nullable Outcome getOutcome() {
			return outcome;
		}

		public void setOutcome(@Nullable Outcome outcome) {
			this.outcome = outcome;
		}

		public @Nullable String getObject() {
			return object;
		}

		public void setObject(@Nullable String object) {
			this.object = object;
		}

	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.admin", "menu.audit", "/admin/audit", "audit.read", 90));
	}

}
