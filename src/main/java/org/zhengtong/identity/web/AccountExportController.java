package org.zhengtong.identity.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccountFilter;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.Roles;
import org.zhengtong.platform.SpreadsheetExport;
import org.zhengtong.platform.SpreadsheetExports;
import org.zhengtong.shared.ListSort;

/**
 * 导出 Excel of 账户管理: exactly the accounts the list shows (its filters and order, all
 * pages, within the administrator's data scope) with its columns; at once when small, as
 * a job with a progress bar when large. The export is audited with its filter in words.
 */
@Controller
class AccountExportController {

	private final AccountManagement accounts;

	private final ManagedAccounts managed;

	private final SpreadsheetExports exports;

	private final AuditManagement audit;

	private final Roles roles;

	private final MessageSource messages;

	private final Clock clock;

	AccountExportController(AccountManagement accounts, ManagedAccounts managed, SpreadsheetExports exports,
			AuditManagement audit, Roles roles, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.managed = managed;
		this.exports = exports;
		this.audit = audit;
		this.roles = roles;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/accounts/export.xlsx")
	@PreAuthorize(AccountAdminController.MANAGE)
	@Nullable String export(@ModelAttribute("filter") AccountListFilter filter,
			@RequestParam(required = false) @Nullable String sort, Principal admin, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		// The scope is taken now: a job later reads with the rights of this request.
		AccessScope scope = managed.scope();
		AccountFilter query = filter.toFilter();
		ListSort order = AccountFilter.sortOf(sort);
		long rows = accounts.count(query, scope);
		if (rows > SpreadsheetExports.MAX_ROWS) {
			redirect.addFlashAttribute("error", "export.tooLarge");
			redirect.addFlashAttribute("errorArguments", new Object[] { rows });
			return "redirect:/admin/accounts?" + new AccountLinks(filter, order).query();
		}
		var unitNames = managed.choices(scope).unitNames();
		SpreadsheetExport<AccountView> export = new SpreadsheetExport<>("identity.accounts-export",
				"account.admin.title", "accounts", AccountColumns.shown(unitNames, messages, locale), rows,
				(each) -> accounts.eachListed(query, scope, order, each));
		boolean asJob = exports.asJob(rows);
		audit.record(AuditableEvent.succeeded(clock.instant(), admin.getName(), "identity.accounts-exported", "account",
				null,
				"导出账户列表（Excel" + (asJob ? "，后台任务" : "") + "）" + rows + " 个，"
						+ AccountColumns.summary(query, unitNames, roles, messages) + "，按 "
						+ AccountColumns.describe(order)));
		if (asJob) {
			return "redirect:/workbench/jobs/" + exports.start(export, admin.getName(), locale).id();
		}
		response.setContentType(SpreadsheetExports.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(exports.fileName(export)).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		exports.write(export, locale, response.getOutputStream());
		return null;
	}

}
