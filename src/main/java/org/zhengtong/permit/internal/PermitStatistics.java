package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.internal.FigureRecords.Grouping;
import org.zhengtong.permit.internal.FigureRecords.ItemCounts;

/**
 * 电子监察 statistics: per department (or per item) over a period of months of receipt —
 * 行政许可项目在线处理率 both ways (cases received online ÷ all cases received, and items accepting
 * online applications ÷ all items), 按时办结率, average working days from acceptance to
 * decision and 超期 — read from the summary (V123), within the reader's departments
 * ({@link SupervisionAccess}). Reading never writes: the summary is brought up to date by
 * {@link #refresh}, which a scheduled job runs ({@link StatisticsRefresh}).
 */
@Service
public class PermitStatistics {

	/** The province's target for both online rates (80 %). */
	public static final int TARGET = 80;

	private final FigureRecords records;

	private final UnitManagement units;

	private final Clock clock;

	PermitStatistics(FigureRecords records, UnitManagement units, Clock clock) {
		this.records = records;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * A row: the figures, the department's name, the item's (per item), and the
	 * department's items in force and of those the ones accepting online applications
	 * (per department; 0 per item).
	 */
	public record Row(PermitFigures figures, String departmentName, @Nullable String itemName, long items,
			long onlineItems) {

		/** Items accepting online applications ÷ all items, in percent. */
		public java.math.@Nullable BigDecimal itemOnlineRate() {
			return PermitFigures.percent(onlineItems, items);
		}

	}

	/** The table as the page and its export show it, with its total. */
	public record Table(List<Row> rows, Row total) {
	}

	/**
	 * The figures of the cases received in the months {@code from} … {@code to}, of the
	 * departments in {@code scope} (narrowed to {@code department} when given, which must
	 * be in scope), per department or per item, by name: as the summary stood at its last
	 * {@link #refresh}.
	 */
	@Transactional(readOnly = true)
	public Table table(AccessScope scope, YearMonth from, YearMonth to, @Nullable UUID department, Grouping by,
			boolean english) {
		if (department != null && !scope.reachesUnit(department)) {
			throw new IllegalArgumentException("Outside the reader's departments");
		}
		List<UUID> only = department != null ? List.of(department) : scope.all() ? null : List.copyOf(scope.units());
		if (scope.isEmpty() || (only != null && only.isEmpty())) {
			return new Table(List.of(), new Row(PermitFigures.zero(null, null), "", null, 0, 0));
		}
		List<PermitFigures> figures = records.summarized(from, to, only, by);
		Map<UUID, ItemCounts> items = by == Grouping.DEPARTMENT ? records.itemCounts(only) : Map.of();
		Set<Long> itemIds = new HashSet<>();
		figures.forEach((row) -> {
			if (row.item() != null) {
				itemIds.add(row.item());
			}
		});
		Map<Long, String> itemNames = records.itemNames(itemIds);
		Map<UUID, String> names = new HashMap<>();
		LocalDate today = LocalDate.now(clock);
		List<Row> rows = new ArrayList<>();
		Set<UUID> shown = new HashSet<>();
		PermitFigures total = PermitFigures.zero(null, null);
		long totalItems = 0;
		long totalOnline = 0;
		for (PermitFigures row : figures) {
			UUID id = java.util.Objects.requireNonNull(row.department());
			ItemCounts counts = items.getOrDefault(id, new ItemCounts(0, 0));
			rows.add(new Row(row, names.computeIfAbsent(id, (key) -> name(key, today, english)),
					row.item() == null ? null : itemNames.get(row.item()), counts.items(), counts.online()));
			shown.add(id);
			total = total.plus(row);
		}
		// a department with items but no case in the period still has an item online rate
		for (Map.Entry<UUID, ItemCounts> entry : items.entrySet()) {
			if (!shown.contains(entry.getKey())) {
				rows.add(new Row(PermitFigures.zero(entry.getKey(), null),
						names.computeIfAbsent(entry.getKey(), (key) -> name(key, today, english)), null,
						entry.getValue().items(), entry.getValue().online()));
			}
		}
		for (ItemCounts counts : items.values()) {
			totalItems += counts.items();
			totalOnline += counts.online();
		}
		rows.sort(Comparator.comparing(Row::departmentName)
			.thenComparing((Row row) -> row.itemName() == null ? "" : row.itemName()));
		return new Table(List.copyOf(rows), new Row(total, "", null, totalItems, totalOnline));
	}

	/** The departments with items or cases in scope, by name (the filter's choices). */
	@Transactional(readOnly = true)
	public List<Map.Entry<UUID, String>> departments(AccessScope scope, boolean english) {
		if (scope.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		return records.itemCounts(scope.all() ? null : scope.units())
			.keySet()
			.stream()
			.map((id) -> Map.entry(id, name(id, today, english)))
			.sorted(Map.Entry.comparingByValue())
			.toList();
	}

	/**
	 * Recomputes the summary cells of every case changed since the last refresh (the
	 * scheduled job's work); the number of cells written.
	 */
	@Transactional
	public int refresh() {
		return records.refresh();
	}

	/**
	 * The summary's figures (brought up to date first), for comparison with
	 * {@link #plain}.
	 */
	@Transactional
	public List<PermitFigures> summarized(YearMonth from, YearMonth to, @Nullable List<UUID> departments, Grouping by) {
		records.refresh();
		return records.summarized(from, to, departments, by);
	}

	/**
	 * The same figures counted from the raw tables: the reference the summary must equal.
	 */
	@Transactional(readOnly = true)
	public List<PermitFigures> plain(YearMonth from, YearMonth to, @Nullable List<UUID> departments, Grouping by) {
		return records.plain(from, to, departments, by);
	}

	private String name(UUID unit, LocalDate today, boolean english) {
		return units.find(unit, today)
			.map((view) -> english ? view.names().englishName() : view.names().fullName())
			.orElse(unit.toString());
	}

}
