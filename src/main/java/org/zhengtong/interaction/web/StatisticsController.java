package org.zhengtong.interaction.web;

import java.io.IOException;
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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.interaction.internal.LetterStatistics;
import org.zhengtong.interaction.internal.UnitMonthFigures;
import org.zhengtong.platform.ExportColumn;
import org.zhengtong.platform.SpreadsheetExport;
import org.zhengtong.platform.SpreadsheetExports;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;

/**
 * 来信办理统计 ({@code /workbench/interaction/statistics}): each unit's letters per month —
 * received, not charged, answered, on time, overdue, open, satisfaction, 差评 and rectified
 * — with their total and definitions, filtered by year, months and unit, sorted by any
 * column, and exported to Excel with exactly the figures shown. The receiving office sees
 * every unit; a unit's handlers and leaders the unit of their post in use (another unit
 * answers 404); anyone else is refused.
 */
@Controller
class StatisticsController implements WorkbenchMenuContributor {

	static final String VIEW = "interaction/statistics";

	static final String READERS = "hasAnyAuthority('interaction.accept', 'interaction.handle', 'interaction.approve')";

	private final LetterStatistics statistics;

	private final SpreadsheetExports exports;

	private final AuditManagement audit;

	private final Clock clock;

	private final java.time.ZoneId zone;

	StatisticsController(LetterStatistics statistics, SpreadsheetExports exports, AuditManagement audit, Clock clock,
			org.zhengtong.platform.PlatformProperties platform) {
		this.statistics = statistics;
		this.exports = exports;
		this.audit = audit;
		this.clock = clock;
		this.zone = platform.timeZone();
	}

	/** What the table shows: a year, its months from … to, one unit or all. */
	static class Filter {

		private @Nullable Integer year;

		private @Nullable Integer from;

		private @Nullable Integer to;

		private @Nullable UUID unit;

		private @Nullable String sort;

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

		public @Nullable UUID getUnit() {
			return unit;
		}

		public void setUnit(@Nullable UUID unit) {
			this.unit = unit;
		}

		public @Nullable String getSort() {
			return sort;
		}

		public void setSort(@Nullable String sort) {
			this.sort = sort;
		}

	}

	/** The filter as read: a valid year and months, the sort. */
	record Period(int year, int from, int to, @Nullable UUID unit, ListSort sort) {

		public YearMonth first() {
			return YearMonth.of(year, from);
		}

		public YearMonth last() {
			return YearMonth.of(year, to);
		}

		/** The page with this filter and another sort. */
		public String sortBy(String key) {
			ListSort next = sort.key().equals(key) ? new ListSort(key, !sort.descending()) : ListSort.ascending(key);
			return link("/workbench/interaction/statistics", next);
		}

		/** {@code ascending}, {@code descending} or {@code none}, for aria-sort. */
		public String ariaSort(String key) {
			return !sort.key().equals(key) ? "none" : sort.descending() ? "descending" : "ascending";
		}

		/** The Excel export of the figures shown. */
		public String export() {
			return link("/workbench/interaction/statistics/export.xlsx", sort);
		}

		private String link(String path, ListSort by) {
			return UriComponentsBuilder.fromPath(path)
				.queryParam("year", year)
				.queryParam("from", from)
				.queryParam("to", to)
				.queryParamIfPresent("unit", java.util.Optional.ofNullable(unit))
				.queryParam("sort", by.parameter())
				.build()
				.toUriString();
		}

	}

	@GetMapping("/workbench/interaction/statistics")
	@PreAuthorize(READERS)
	String page(@ModelAttribute("filter") Filter filter, Principal principal, Model model) {
		org.zhengtong.interaction.internal.StatisticsReaders reach = reach(principal);
		Period period = period(filter, reach);
		LetterStatistics.Table table = statistics.table(reach, period.first(), period.last(), period.unit(),
				period.sort());
		int thisYear = LocalDate.now(clock).getYear();
		List<Integer> years = new ArrayList<>();
		for (int year = thisYear; year >= thisYear - 4; year--) {
			years.add(year);
		}
		model.addAttribute("period", period);
		model.addAttribute("table", table);
		model.addAttribute("countedAt", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(table.countedAt().atZone(zone)));
		model.addAttribute("years", years);
		model.addAttribute("months", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
		model.addAttribute("everyUnit", reach.everyUnit());
		model.addAttribute("units",
				reach.everyUnit()
						? statistics.unitsWithFigures(YearMonth.of(period.year(), 1), YearMonth.of(period.year(), 12))
						: List.of());
		return VIEW;
	}

	@GetMapping("/workbench/interaction/statistics/export.xlsx")
	@PreAuthorize(READERS)
	@Nullable String export(@ModelAttribute("filter") Filter filter, Principal principal, Locale locale,
			HttpServletResponse response) throws IOException {
		org.zhengtong.interaction.internal.StatisticsReaders reach = reach(principal);
		Period period = period(filter, reach);
		LetterStatistics.Table table = statistics.table(reach, period.first(), period.last(), period.unit(),
				period.sort());
		List<LetterStatistics.Row> rows = new ArrayList<>(table.rows());
		rows.add(new LetterStatistics.Row(table.total(), ""));
		SpreadsheetExport<LetterStatistics.Row> export = new SpreadsheetExport<>("interaction.statistics-export",
				"interaction.statistics.title", "letter-statistics", columns(), rows.size(),
				(each) -> rows.forEach(each));
		audit.record(AuditableEvent.succeeded(clock.instant(), principal.getName(), "interaction.statistics.exported",
				"interaction.statistics", null, "导出来信办理统计（Excel）" + period.first() + " 至 " + period.last()
						+ (period.unit() == null ? "" : "，单位 " + period.unit()) + "，" + table.rows().size() + " 行"));
		response.setContentType(SpreadsheetExports.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(exports.fileName(export)).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		exports.write(export, locale, response.getOutputStream());
		return null;
	}

	/**
	 * The columns as the page shows them; the total row names no unit or month but says
	 * 合计 in the first column.
	 */
	static List<ExportColumn<LetterStatistics.Row>> columns() {
		return List.of(
				ExportColumn.of("interaction.statistics.unit",
						(row) -> row.figures().unit() == null
								? new org.springframework.context.support.DefaultMessageSourceResolvable(
										"interaction.statistics.total")
								: row.unitName()),
				ExportColumn.of("interaction.statistics.month",
						(row) -> row.figures().month() == null ? null : row.figures().month().toString()),
				ExportColumn.of("interaction.statistics.received", (row) -> row.figures().received()),
				ExportColumn.of("interaction.statistics.notCharged", (row) -> row.figures().notCharged()),
				ExportColumn.of("interaction.statistics.answered", (row) -> row.figures().answered()),
				ExportColumn.of("interaction.statistics.onTime", (row) -> row.figures().onTime()),
				ExportColumn.of("interaction.statistics.overdue", (row) -> row.figures().overdue()),
				ExportColumn.of("interaction.statistics.open", (row) -> row.figures().open()),
				ExportColumn.of("interaction.statistics.rated", (row) -> row.figures().rated()),
				ExportColumn.of("interaction.statistics.satisfaction", (row) -> percent(row.figures())),
				ExportColumn.of("interaction.statistics.bad", (row) -> row.figures().bad()),
				ExportColumn.of("interaction.statistics.rectified", (row) -> row.figures().rectified()));
	}

	/** 满意率 as the page shows it: {@code 80.0%}, or a dash when nothing was rated. */
	static String percent(UnitMonthFigures figures) {
		return figures.satisfaction() == null ? "—" : figures.satisfaction().toPlainString() + "%";
	}

	/**
	 * The reader's reach; someone who holds the permission without a unit to read (no
	 * post in a unit) sees an empty table.
	 */
	private org.zhengtong.interaction.internal.StatisticsReaders reach(Principal principal) {
		return statistics.reach(principal.getName())
			.orElse(new org.zhengtong.interaction.internal.StatisticsReaders(false, null));
	}

	/**
	 * The filter read: this year and its months up to now by default; a year or month out
	 * of range, or a unit outside the reader's, answers 404.
	 */
	private Period period(Filter filter, org.zhengtong.interaction.internal.StatisticsReaders reach) {
		LocalDate today = LocalDate.now(clock);
		int year = filter.getYear() == null ? today.getYear() : filter.getYear();
		if (year < 2000 || year > today.getYear()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		int from = filter.getFrom() == null ? 1 : filter.getFrom();
		int to = filter.getTo() == null ? (year == today.getYear() ? today.getMonthValue() : 12) : filter.getTo();
		if (from < 1 || to > 12 || from > to) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		UUID unit = filter.getUnit();
		if (unit != null && !reach.everyUnit() && !unit.equals(reach.unit())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ListSort sort = ListSort.parse(filter.getSort());
		if (sort == null || !LetterStatistics.SORTS.contains(sort.key())) {
			sort = ListSort.ascending("month");
		}
		return new Period(year, from, to, unit, sort);
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(
				new WorkbenchMenuItem("menu.section.workbench", "menu.interaction.statistics",
						"/workbench/interaction/statistics", "interaction.accept", 45),
				new WorkbenchMenuItem("menu.section.workbench", "menu.interaction.statistics",
						"/workbench/interaction/statistics", "interaction.handle", 45),
				new WorkbenchMenuItem("menu.section.workbench", "menu.interaction.statistics",
						"/workbench/interaction/statistics", "interaction.approve", 45));
	}

}
