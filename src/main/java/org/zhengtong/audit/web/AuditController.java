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
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.ChainVerification;
import org.zhengtong.audit.Outcome;
import org.zhengtong.platform.SpreadsheetExport;
import org.zhengtong.platform.SpreadsheetExports;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageNumbers;
import org.zhengtong.shared.PageOf;

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

	private final SpreadsheetExports exports;

	private final Clock clock;

	private final MessageSource messages;

	AuditController(AuditManagement audit, SpreadsheetExports exports, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.audit = audit;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	@PreAuthorize(AUDITOR)
	String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String sort, Locale locale, Model model) {
		AuditQuery query = filter.toQuery();
		ListSort applied = AuditQuery.sortOf(sort);
		// A from-date after the to-date finds nothing by construction: say so instead.
		PageOf<AuditEntry> entries = filter.datesReversed() ? new PageOf<>(List.of(), 0, 0, PAGE_SIZE)
				: audit.list(query, applied, page, PAGE_SIZE);
		if (filter.datesReversed()) {
			model.addAttribute("datesReversed", true);
		}
		AuditLinks links = new AuditLinks(filter, applied);
		model.addAttribute("query", query);
		model.addAttribute("list", entries);
		model.addAttribute("entries", entries.items());
		model.addAttribute("total", entries.total());
		model.addAttribute("page", entries.page());
		model.addAttribute("pages", entries.pages());
		model.addAttribute("pageNumbers", PageNumbers.of(entries));
		model.addAttribute("pageLink", links.pageLink());
		model.addAttribute("sort", applied);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("links", links);
		model.addAttribute("words", new AuditWords(messages, locale,
				audit.personNames(entries.items().stream().map(AuditEntry::actor).distinct().toList())));
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
		if (filter.datesReversed()) {
			response.sendRedirect("/admin/audit?" + new AuditLinks(filter, AuditQuery.NEWEST_FIRST).query());
			return;
		}
		AuditQuery query = filter.toQuery();
		audit.record(AuditableEvent.succeeded(clock.instant(), auditor.getName(), "audit.export", "audit_entry", null,
				"导出审计日志（CSV）" + audit.count(query) + " 条，" + query.summary(this::chineseActionName)));
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

	/**
	 * The list as it shows (its filters and order, all pages, its columns) as an Excel
	 * workbook: at once when small, as a job with a progress bar when large.
	 */
	@GetMapping("/admin/audit/export.xlsx")
	@PreAuthorize(AUDITOR)
	@Nullable String exportExcel(@ModelAttribute("filter") AuditFilter filter,
			@RequestParam(required = false) @Nullable String sort, Principal auditor, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		AuditQuery query = filter.toQuery();
		ListSort order = AuditQuery.sortOf(sort);
		if (filter.datesReversed()) {
			return "redirect:/admin/audit?" + new AuditLinks(filter, order).query();
		}
		long rows = audit.count(query);
		if (rows > SpreadsheetExports.MAX_ROWS) {
			redirect.addFlashAttribute("error", "export.tooLarge");
			redirect.addFlashAttribute("errorArguments", new Object[] { rows });
			return "redirect:/admin/audit?" + new AuditLinks(filter, order).query();
		}
		SpreadsheetExport<AuditEntry> export = new SpreadsheetExport<>("audit.export", "audit.title", "audit",
				AuditColumns.SHOWN, rows, (each) -> audit.eachListed(query, order, each));
		boolean asJob = exports.asJob(rows);
		audit.record(AuditableEvent.succeeded(clock.instant(), auditor.getName(), "audit.export", "audit_entry", null,
				"导出审计日志（Excel" + (asJob ? "，后台任务" : "") + "）" + rows + " 条，" + query.summary(this::chineseActionName)
						+ "，按 " + AuditColumns.describe(order)));
		if (asJob) {
			return "redirect:/workbench/jobs/" + exports.start(export, auditor.getName(), locale).id();
		}
		response.setContentType(SpreadsheetExports.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(exports.fileName(export)).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		exports.write(export, locale, response.getOutputStream());
		return null;
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
			// The auditor types a person: an account name or part of a name.
			return new AuditQuery(from, to, null, action, outcome, object, actor);
		}

		/** Whether the from-date is after the to-date (refused with a message). */
		boolean datesReversed() {
			return from != null && to != null && from.isAfter(to);
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

	/** Entries are written in Chinese, whoever reads the page. */
	private String chineseActionName(String code) {
		return messages.getMessage(AuditWords.ACTION_PREFIX + code, null, code, Locale.SIMPLIFIED_CHINESE);
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.admin", "menu.audit", "/admin/audit", "audit.read", 90));
	}

}
