package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.ListSort;

/**
 * 来信办理统计: the letters' figures per unit and month (see {@link UnitMonthFigures}) for the
 * workbench and the public performance page. The receiving office sees every unit; a
 * unit's handlers and leaders see the unit of the post in use; nobody else sees any.
 */
@Service
public class LetterStatistics {

	/** The columns the table sorts by. */
	public static final Set<String> SORTS = Set.of("unit", "month", "received", "notCharged", "answered", "onTime",
			"overdue", "open", "satisfaction", "bad", "rectified");

	private final StatisticsRecords records;

	private final LetterAccess access;

	private final AccessScopes scopes;

	private final UnitManagement units;

	private final Clock clock;

	LetterStatistics(StatisticsRecords records, LetterAccess access, AccessScopes scopes, UnitManagement units,
			Clock clock) {
		this.records = records;
		this.access = access;
		this.scopes = scopes;
		this.units = units;
		this.clock = clock;
	}

	/** A row of the table: the figures and the unit's name. */
	public record Row(UnitMonthFigures figures, String unitName) {
	}

	/** The table as the page and its export show it: rows in order, and their total. */
	public record Table(List<Row> rows, UnitMonthFigures total, Instant countedAt) {
	}

	/**
	 * What {@code username} may read: the office every unit, a unit's handler or leader
	 * the unit of the post in use; empty for anyone else.
	 */
	public Optional<StatisticsReaders> reach(String username) {
		if (access.office(username)) {
			return Optional.of(new StatisticsReaders(true, null));
		}
		PostView post = scopes.postInUse(username);
		if (post == null) {
			return Optional.empty();
		}
		boolean member = access.inUnit(username, post.unitId(), InteractionRoles.HANDLE)
				|| access.inUnit(username, post.unitId(), InteractionRoles.APPROVE);
		return member ? Optional.of(new StatisticsReaders(false, post.unitId())) : Optional.empty();
	}

	/**
	 * The months {@code from} … {@code to} of the units {@code reach} allows, narrowed to
	 * {@code unit} when given (which must be within reach), sorted by {@code sort} (month
	 * then unit name by default).
	 */
	@Transactional
	public Table table(StatisticsReaders reach, YearMonth from, YearMonth to, @Nullable UUID unit,
			@Nullable ListSort sort) {
		if (!reach.everyUnit() && unit != null && !unit.equals(reach.unit())) {
			throw new IllegalArgumentException("Outside the reader's units");
		}
		UUID only = reach.everyUnit() ? unit : reach.unit();
		Instant now = clock.instant();
		if (!reach.everyUnit() && only == null) {
			return new Table(List.of(), UnitMonthFigures.zero(null, null), now);
		}
		records.refresh(now);
		List<UnitMonthFigures> figures = records.summarized(from, to, only == null ? null : List.of(only), now);
		Map<UUID, String> names = new HashMap<>();
		LocalDate today = LocalDate.now(clock);
		List<Row> rows = new ArrayList<>();
		UnitMonthFigures total = UnitMonthFigures.zero(null, null);
		for (UnitMonthFigures row : figures) {
			UUID id = row.unit();
			rows.add(new Row(row, names.computeIfAbsent(id, (key) -> name(key, today, false))));
			total = total.plus(row);
		}
		rows.sort(order(sort));
		return new Table(List.copyOf(rows), total, now);
	}

	/** The units with figures in the months {@code from} … {@code to}, by name. */
	@Transactional
	public List<Map.Entry<UUID, String>> unitsWithFigures(YearMonth from, YearMonth to) {
		Instant now = clock.instant();
		records.refresh(now);
		LocalDate today = LocalDate.now(clock);
		Set<UUID> found = new TreeSet<>();
		records.summarized(from, to, null, now).forEach((row) -> found.add(row.unit()));
		return found.stream()
			.map((id) -> Map.entry(id, name(id, today, false)))
			.sorted(Map.Entry.comparingByValue())
			.toList();
	}

	/**
	 * Each unit's figures summed over the months {@code from} … {@code to}, by the unit's
	 * name in the language asked for (the public page).
	 */
	@Transactional
	public List<Row> perUnit(YearMonth from, YearMonth to, boolean english) {
		Instant now = clock.instant();
		records.refresh(now);
		Map<UUID, UnitMonthFigures> sums = new HashMap<>();
		for (UnitMonthFigures row : records.summarized(from, to, null, now)) {
			sums.merge(row.unit(), UnitMonthFigures.zero(row.unit(), null).plus(row), UnitMonthFigures::plus);
		}
		LocalDate today = LocalDate.now(clock);
		return sums.values()
			.stream()
			.map((sum) -> new Row(sum, name(sum.unit(), today, english)))
			.sorted(Comparator.comparing(Row::unitName))
			.toList();
	}

	/**
	 * The same figures counted from the raw tables (the reference the summary must
	 * equal).
	 */
	@Transactional(readOnly = true)
	public List<UnitMonthFigures> plain(YearMonth from, YearMonth to) {
		return plain(from, to, clock.instant());
	}

	/** The plain figures with open letters past due at {@code at}. */
	@Transactional(readOnly = true)
	public List<UnitMonthFigures> plain(YearMonth from, YearMonth to, Instant at) {
		return records.plain(from, to, null, at);
	}

	/** Every unit's summarized figures with open letters past due at {@code at}. */
	@Transactional
	public List<UnitMonthFigures> summarized(YearMonth from, YearMonth to, Instant at) {
		records.refresh(at);
		return records.summarized(from, to, null, at);
	}

	/**
	 * 我为政府网站找错 figures of the letters submitted from {@code from} up to (not including)
	 * {@code to}.
	 */
	@Transactional(readOnly = true)
	public StatisticsRecords.SiteErrorFigures siteErrors(Instant from, Instant to) {
		return records.siteErrors(from, to);
	}

	private String name(@Nullable UUID unit, LocalDate today, boolean english) {
		if (unit == null) {
			return "";
		}
		return units.find(unit, today)
			.map((view) -> english ? view.names().englishName() : view.names().fullName())
			.orElse(unit.toString());
	}

	private static Comparator<Row> order(@Nullable ListSort sort) {
		Comparator<Row> byMonth = Comparator.comparing((Row row) -> row.figures().month(),
				Comparator.nullsFirst(Comparator.naturalOrder()));
		Comparator<Row> byUnit = Comparator.comparing(Row::unitName);
		Comparator<Row> fallback = byMonth.thenComparing(byUnit);
		if (sort == null || !SORTS.contains(sort.key()) || sort.key().equals("month")) {
			return sort != null && sort.descending() && "month".equals(sort.key())
					? byMonth.reversed().thenComparing(byUnit) : fallback;
		}
		Comparator<Row> chosen = switch (sort.key()) {
			case "unit" -> byUnit;
			case "received" -> by(UnitMonthFigures::received);
			case "notCharged" -> by(UnitMonthFigures::notCharged);
			case "answered" -> by(UnitMonthFigures::answered);
			case "onTime" -> by(UnitMonthFigures::onTime);
			case "overdue" -> by(UnitMonthFigures::overdue);
			case "open" -> by(UnitMonthFigures::open);
			case "bad" -> by(UnitMonthFigures::bad);
			case "rectified" -> by(UnitMonthFigures::rectified);
			default -> Comparator.comparing((Row row) -> row.figures().satisfaction(),
					Comparator.nullsFirst(Comparator.naturalOrder()));
		};
		return (sort.descending() ? chosen.reversed() : chosen).thenComparing(fallback);
	}

	private static Comparator<Row> by(Function<UnitMonthFigures, Long> figure) {
		return Comparator.comparing((Row row) -> figure.apply(row.figures()));
	}

}
