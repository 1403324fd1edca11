package org.zhengtong.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.ZhengtongApplication;
import org.zhengtong.interaction.internal.LetterStatistics;
import org.zhengtong.interaction.internal.UnitMonthFigures;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.platform.DatabaseOwner;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.testing.TestStaff;

/**
 * The letter statistics over N letters (10^6 by default, {@link LetterCorpus}, COPY): the
 * workbench table for every unit over the last 13 months and one unit's year
 * ({@link LetterStatistics#table}, the summary) p50/p95, against the same figures from a
 * plain GROUP BY over the raw tables in the same run, and whether the figures are
 * identical. Not a test: run it with bench/statistics.sh.
 */
public final class LetterStatisticsBenchmark {

	private static final int ROUNDS = 20;

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengtongApplication.class)
			.profiles("test")
			.properties("server.port=0", "zhengtong.tls.port=0", "logging.level.root=WARN",
					"logging.level.org.zhengtong=WARN", "spring.main.banner-mode=off",
					"zhengtong.casework.sweep-interval=PT24H")
			.run(Arrays.copyOfRange(args, Math.min(1, args.length), args.length))) {
			LetterStatistics statistics = context.getBean(LetterStatistics.class);
			Clock clock = context.getBean(Clock.class);
			UnitManagement units = context.getBean(UnitManagement.class);
			List<UUID> unitIds = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				unitIds.add(TestStaff.unit(units, "基准局" + i, "Bench Bureau " + i));
			}
			DataSource owner = context.getBean(DatabaseOwner.class).dataSource();
			JdbcTemplate jdbc = new JdbcTemplate(owner);
			Instant now = clock.instant();
			long started = System.nanoTime();
			LetterCorpus.Loaded loaded = LetterCorpus.load(owner, count, unitIds, now, 20261203L, "B");
			double loading = (System.nanoTime() - started) / 1e9;
			for (String table : List.of("interaction_request", "interaction_request_assignment", "casework_clock",
					"interaction_rating", "interaction_rating_invitation", "interaction_rectification",
					"interaction_statistics_stale")) {
				jdbc.execute("VACUUM ANALYZE " + table);
			}
			System.out.printf(
					"loaded %,d letters, %,d assignments, %,d reply clocks, %,d ratings, %,d rectifications in %.1f s (COPY)%n",
					loaded.letters(), loaded.assignments(), loaded.clocks(), loaded.ratings(), loaded.rectifications(),
					loading);
			System.out.printf("states: %s%n", jdbc.queryForList(
					"SELECT state || ' ' || count(*) FROM interaction_request WHERE number LIKE 'B%' GROUP BY state ORDER BY 1",
					String.class));

			YearMonth to = YearMonth.now(clock.withZone(context.getBean(PlatformProperties.class).timeZone()));
			YearMonth from = to.minusMonths(13);
			org.zhengtong.interaction.internal.StatisticsReaders office = new org.zhengtong.interaction.internal.StatisticsReaders(
					true, null);
			started = System.nanoTime();
			LetterStatistics.Table first = statistics.table(office, from, to, null, null);
			System.out.printf("first reading: summary built from the %,d marked letters in %.1f s (%,d rows)%n",
					loaded.letters(), (System.nanoTime() - started) / 1e9, first.rows().size());

			// both at one instant: open letters pass their due time while the plain query
			// runs
			Instant at = clock.instant();
			List<UnitMonthFigures> summary = statistics.summarized(from, to, at);
			List<UnitMonthFigures> plain = statistics.plain(from, to, at)
				.stream()
				.filter((row) -> unitIds.contains(row.unit()))
				.toList();
			List<UnitMonthFigures> shown = summary.stream().filter((row) -> unitIds.contains(row.unit())).toList();
			System.out.printf("identical figures (summary vs plain GROUP BY, %d unit-months): %s%n", plain.size(),
					sorted(shown).equals(sorted(plain)));
			System.out.printf("totals: %s%n", first.total());

			List<String[]> rows = new ArrayList<>();
			rows.add(time("page: every unit, 14 months (summary)",
					() -> statistics.table(office, from, to, null, null).rows().size()));
			rows.add(time("page: one unit, 14 months",
					() -> statistics.table(office, from, to, unitIds.get(0), null).rows().size()));
			rows.add(time("plain GROUP BY: every unit, 14 months", () -> statistics.plain(from, to).size()));
			System.out.printf("%n%-52s %8s %8s %8s %8s%n", "query (" + ROUNDS + " rounds, warm)", "p50 ms", "p95 ms",
					"max ms", "rows");
			for (String[] row : rows) {
				System.out.printf("%-52s %8s %8s %8s %8s%n", (Object[]) row);
			}
			System.out.printf("%nload average: %s%n",
					new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).strip());
		}
	}

	private static List<UnitMonthFigures> sorted(List<UnitMonthFigures> rows) {
		return rows.stream()
			.sorted(java.util.Comparator.comparing((UnitMonthFigures row) -> row.unit().toString())
				.thenComparing(UnitMonthFigures::month))
			.toList();
	}

	private static String[] time(String name, Supplier<Integer> query) {
		int result = 0;
		for (int i = 0; i < 2; i++) {
			result = query.get();
		}
		long[] nanos = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long started = System.nanoTime();
			result = query.get();
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		return new String[] { name, ms(nanos[ROUNDS / 2]), ms(nanos[(int) (ROUNDS * 0.95)]), ms(nanos[ROUNDS - 1]),
				Integer.toString(result) };
	}

	private static String ms(long nanos) {
		return String.format("%.1f", nanos / 1e6);
	}

}
