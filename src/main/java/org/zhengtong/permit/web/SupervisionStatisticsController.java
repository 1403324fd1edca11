package org.zhengtong.permit.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.permit.internal.FigureRecords.Grouping;
import org.zhengtong.permit.internal.PermitFigures;
import org.zhengtong.permit.internal.PermitStatistics;
import org.zhengtong.permit.internal.SupervisionAccess;
import org.zhengtong.platform.ExportColumn;
import org.zhengtong.platform.SpreadsheetExport;
import org.zhengtong.platform.SpreadsheetExports;

/**
 * 电子监察统计 ({@code /workbench/permit/supervision/statistics}): per department or per item,
 * over months of a year — 行政许可项目在线处理率 (cases and items) against the 80 % target line,
 * 按时办结率, average working days, 超期 — as bar charts drawn on the server (SVG, restated by
 * the table) and a table with its total and definitions, exported to Excel with exactly
 * the table's rows. The 电子监察员 reads every department, a 审批负责人 their own; another
 * department answers 404.
 */
@Controller
class SupervisionStatisticsController {

	static final String VIEW = "permit/supervision-statistics";

	static final String PATH = SupervisionController.BASE + "/statistics";

	private final PermitStatistics statistics;

	private final SupervisionAccess access;

	private final SpreadsheetExports exports;

	private final AuditManagement audit;

	private final Clock clock;

	SupervisionStatisticsController(PermitStatistics statistics, SupervisionAccess access, SpreadsheetExports exports,
			AuditManagement audit, Clock clock) {
		this.statistics = statistics;
		this.access = access;
		this.exports = exports;
		this.audit = audit;
		this.clock = clock;
	}

	@InitBinder("filter")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/**
	 * What the table shows: a year, its months from … to, a department or all, per what.
	 */
	static class Filter {

		private @Nullable Integer year;

		private @Nullable Integer from;

		private @Nullable Integer to;

		private @Nullable UUID department;

		/** {@code department} (default) or {@code item}. */
		private @Nullable String by;

		public @Nullable Integer getYear() {
			return year;
		}

		public void setYear(@Nullable Integer year) {
			this.year = year;
		}

		public @Nullable Integer getFrom() {
			return from;
		}

		public void setFrom(@Nullable Integer from) {
			this.from = from;
		}

		public @Nullable Integer getTo() {
			return to;
		}

		public void setTo(@Nullable Integer to) {
			this.to = to;
		}

		public @Nullable UUID getDepartment() {
			return department;
		}

		public void setDepartment(@Nullable UUID department) {
			this.department = department;
		}

		public @Nullable String getBy() {
			return by;
		}

		public void setBy(@Nullable String by) {
			this.by = by;
		}

	}

	/** The filter as read: a valid year and months. */
	record Period(int year, int from, int to, @Nullable UUID department, Grouping by) {

		public YearMonth first() {
			return YearMonth.of(year, from);
		}

		public YearMonth last() {
			return YearMonth.of(year, to);
		}

		public boolean perItem() {
			return by == Grouping.ITEM;
		}

		/** The Excel export of the table shown. */
		public String export() {
			return UriComponentsBuilder.fromPath(PATH + "/export.xlsx")
				.queryParam("year", year)
				.queryParam("from", from)
				.queryParam("to", to)
				.queryParamIfPresent("department", java.util.Optional.ofNullable(department))
				.queryParam("by", perItem() ? "item" : "department")
				.build()
				.toUriString();
		}

	}

	/** A bar of a chart: its label, the figure written out, and its length. */
	record Bar(String label, String figure, @Nullable BigDecimal percent) {

		public String width() {
			return percent == null ? "0" : percent.min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO).toPlainString();
		}

	}

	@GetMapping(PATH)
	@PreAuthorize(SupervisionController.READERS)
	String page(@ModelAttribute("filter") Filter filter, Principal principal, Locale locale, Model model) {
		AccessScope scope = scope(principal);
		Period period = period(filter, scope);
		boolean english = "en".equals(locale.getLanguage());
		PermitStatistics.Table table = statistics.table(scope, period.first(), period.last(), period.department(),
				period.by(), english);
		List<Bar> online = new ArrayList<>();
		List<Bar> items = new ArrayList<>();
		List<Bar> onTime = new ArrayList<>();
		for (PermitStatistics.Row row : table.rows()) {
			String label = label(row);
			PermitFigures f = row.figures();
			online.add(new Bar(label, percent(f.onlineRate()), f.onlineRate()));
			if (!period.perItem()) {
				items.add(new Bar(label, percent(row.itemOnlineRate()), row.itemOnlineRate()));
			}
			onTime.add(new Bar(label, percent(f.onTimeRate()), f.onTimeRate()));
		}
		int thisYear = LocalDate.now(clock).getYear();
		List<Integer> years = new ArrayList<>();
		for (int year = thisYear; year >= thisYear - 4; year--) {
			years.add(year);
		}
		model.addAttribute("period", period);
		model.addAttribute("table", table);
		model.addAttribute("onlineBars", online);
		model.addAttribute("itemBars", items);
		model.addAttribute("onTimeBars", onTime);
		model.addAttribute("target", PermitStatistics.TARGET);
		model.addAttribute("years", years);
		model.addAttribute("months", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
		model.addAttribute("everyDepartment", scope.all() || scope.units().size() > 1);
		model.addAttribute("departments", statistics.departments(scope, english));
		return VIEW;
	}

	@GetMapping(PATH + "/export.xlsx")
	@PreAuthorize(SupervisionController.READERS)
	@Nullable String export(@ModelAttribute("filter") Filter filter, Principal principal, Locale locale,
			HttpServletResponse response) throws IOException {
		AccessScope scope = scope(principal);
		Period period = period(filter, scope);
		PermitStatistics.Table table = statistics.table(scope, period.first(), period.last(), period.department(),
				period.by(), "en".equals(locale.getLanguage()));
		List<PermitStatistics.Row> rows = new ArrayList<>(table.rows());
		rows.add(table.total());
		SpreadsheetExport<PermitStatistics.Row> export = new SpreadsheetExport<>("permit.statistics-export",
				"permit.statistics.title", "permit-statistics", columns(period.perItem()), rows.size(),
				(each) -> rows.forEach(each));
		audit.record(AuditableEvent.succeeded(clock.instant(), principal.getName(), "permit.statistics.exported",
				"permit.statistics", null,
				"导出电子监察统计（Excel）" + period.first() + " 至 " + period.last()
						+ (period.department() == null ? "" : "，部门 " + period.department()) + "，" + table.rows().size()
						+ " 行"));
		response.setContentType(SpreadsheetExports.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(exports.fileName(export)).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		exports.write(export, locale, response.getOutputStream());
		return null;
	}

	/** The table's columns as the page shows them; the total row says 合计. */
	static List<ExportColumn<PermitStatistics.Row>> columns(boolean perItem) {
		List<ExportColumn<PermitStatistics.Row>> columns = new ArrayList<>();
		columns.add(ExportColumn.of("permit.supervision.department", (row) -> row.figures().department() == null
				? new DefaultMessageSourceResolvable("permit.supervision.total") : row.departmentName()));
		if (perItem) {
			columns.add(ExportColumn.of("permit.supervision.item", PermitStatistics.Row::itemName));
		}
		columns.add(ExportColumn.of("permit.supervision.received", (row) -> row.figures().received()));
		columns.add(ExportColumn.of("permit.supervision.receivedOnline", (row) -> row.figures().receivedOnline()));
		columns.add(ExportColumn.of("permit.supervision.onlineRate", (row) -> percent(row.figures().onlineRate())));
		if (!perItem) {
			columns.add(ExportColumn.of("permit.supervision.items", PermitStatistics.Row::items));
			columns.add(ExportColumn.of("permit.supervision.onlineItems", PermitStatistics.Row::onlineItems));
			columns.add(ExportColumn.of("permit.supervision.itemOnlineRate", (row) -> percent(row.itemOnlineRate())));
		}
		columns.add(ExportColumn.of("permit.supervision.accepted", (row) -> row.figures().accepted()));
		columns.add(ExportColumn.of("permit.supervision.decided", (row) -> row.figures().decided()));
		columns.add(ExportColumn.of("permit.supervision.decidedOnTime", (row) -> row.figures().decidedOnTime()));
		columns.add(ExportColumn.of("permit.supervision.onTimeRate", (row) -> percent(row.figures().onTimeRate())));
		columns.add(ExportColumn.of("permit.supervision.averageDays", (row) -> number(row.figures().averageDays())));
		columns.add(ExportColumn.of("permit.supervision.overdue", (row) -> row.figures().overdue()));
		return columns;
	}

	/** A rate as the page shows it: {@code 80.0%}, or a dash without cases. */
	static String percent(@Nullable BigDecimal value) {
		return value == null ? "—" : value.toPlainString() + "%";
	}

	static String number(@Nullable BigDecimal value) {
		return value == null ? "—" : value.toPlainString();
	}

	private static String label(PermitStatistics.Row row) {
		return row.itemName() == null ? row.departmentName() : row.itemName() + "（" + row.departmentName() + "）";
	}

	private AccessScope scope(Principal principal) {
		AccessScope scope = access.scope(principal.getName());
		if (scope.isEmpty()) {
			throw SupervisionController.notFound();
		}
		return scope;
	}

	/**
	 * The filter read: this year and its months up to now by default; a year or month out
	 * of range, or a department outside the reader's, answers 404.
	 */
	private Period period(Filter filter, AccessScope scope) {
		LocalDate today = LocalDate.now(clock);
		int year = filter.getYear() == null ? today.getYear() : filter.getYear();
		if (year < 2000 || year > today.getYear()) {
			throw SupervisionController.notFound();
		}
		int from = filter.getFrom() == null ? 1 : filter.getFrom();
		int to = filter.getTo() == null ? (year == today.getYear() ? today.getMonthValue() : 12) : filter.getTo();
		if (from < 1 || to > 12 || from > to) {
			throw SupervisionController.notFound();
		}
		UUID department = filter.getDepartment();
		if (department != null && !scope.reachesUnit(department)) {
			throw SupervisionController.notFound();
		}
		return new Period(year, from, to, department,
				"item".equals(filter.getBy()) ? Grouping.ITEM : Grouping.DEPARTMENT);
	}

}
