package org.zhengtong.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.ZhengtongApplication;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.internal.FigureRecords.Grouping;
import org.zhengtong.permit.internal.PermitFigures;
import org.zhengtong.permit.internal.PermitStatistics;
import org.zhengtong.platform.DatabaseOwner;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.testing.TestStaff;

/**
 * 电子监察 statistics over N permit cases (10^6 by default, {@link PermitCorpus}, COPY): the
 * dashboard ({@link PermitStatistics#table}, read from the summary kept in step) p50/p95
 * for periods of 13 months and of one month, every department and one department, per
 * department and per item, and after a few cases changed; against the same figures from a
 * plain GROUP BY over the raw tables in the same run; and whether the figures are
 * identical. Not a test: run it with bench/supervision.sh.
 */
public final class SupervisionBenchmark {

	private static final int ROUNDS = 20;

	private static final int PLAIN_ROUNDS = 5;

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengtongApplication.class)
			.profiles("test")
			.properties("server.port=0", "zhengtong.tls.port=0", "logging.level.root=WARN",
					"logging.level.org.zhengtong=WARN", "spring.main.banner-mode=off",
					"zhengtong.casework.sweep-interval=PT24H", "zhengtong.permit.warning-check-interval=PT24H")
			// the ports as arguments: default properties lose to application.yml's
			// server.port
			.run(Stream
				.concat(Stream.of("--server.port=0", "--zhengtong.tls.port=0"),
						Arrays.stream(args, Math.min(1, args.length), args.length))
				.toArray(String[]::new))) {
			PermitStatistics statistics = context.getBean(PermitStatistics.class);
			Clock clock = context.getBean(Clock.class);
			UnitManagement units = context.getBean(UnitManagement.class);
			List<UUID> departments = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				departments.add(TestStaff.unit(units, "基准审批局" + i, "Bench Permit Bureau " + i));
			}
			DataSource owner = context.getBean(DatabaseOwner.class).dataSource();
			JdbcTemplate jdbc = new JdbcTemplate(owner);
			Instant now = clock.instant();
			long started = System.nanoTime();
			PermitCorpus.Loaded loaded = PermitCorpus.load(owner, count, departments, now, 20261203L, "PB");
			double loading = (System.nanoTime() - started) / 1e9;
			started = System.nanoTime();
			for (String table : List.of("permit_case", "casework_clock", "permit_warning", "permit_statistics_stale",
					"permit_item", "permit_guide")) {
				jdbc.execute("VACUUM ANALYZE " + table);
			}
			System.out.printf("VACUUM ANALYZE in %.1f s%n", (System.nanoTime() - started) / 1e9);
			System.out.printf(
					"loaded %,d items, %,d cases, %,d 承诺 clocks, %,d red and %,d yellow cards in %.1f s (INSERT … SELECT generate_series)%n",
					loaded.items(), loaded.cases(), loaded.clocks(), loaded.redCards(), loaded.yellowCards(), loading);
			System.out.printf("states: %s%n", jdbc.queryForList(
					"SELECT state || ' ' || count(*) FROM permit_case WHERE number LIKE 'PB%' GROUP BY state ORDER BY 1",
					String.class));

			YearMonth to = YearMonth.now(clock.withZone(context.getBean(PlatformProperties.class).timeZone()));
			YearMonth from = to.minusMonths(12);
			YearMonth month = to.minusMonths(3);
			AccessScope everyone = AccessScope.everything();
			UUID one = departments.get(0);
			AccessScope own = new AccessScope(false, java.util.Set.of(one), null);
			// the page only reads: the refresh job (permit.statistics-refresh) brings the
			// summary up to date; here it is run once, timed, as the first reading
			started = System.nanoTime();
			statistics.refresh();
			PermitStatistics.Table first = statistics.table(everyone, from, to, null, Grouping.DEPARTMENT, false);
			System.out.printf("first reading: summary built from the %,d marked cases in %.1f s (%,d rows)%n",
					loaded.cases(), (System.nanoTime() - started) / 1e9, first.rows().size());
			System.out.printf("cells in the summary: %,d%n",
					jdbc.queryForObject("SELECT count(*) FROM permit_statistics_month", Long.class));

			List<PermitFigures> summary = statistics.summarized(from, to, departments, Grouping.CELL);
			List<PermitFigures> plain = statistics.plain(from, to, departments, Grouping.CELL);
			System.out.printf("identical figures (summary vs plain GROUP BY, %,d item-months): %s%n", plain.size(),
					sorted(summary).equals(sorted(plain)));
			System.out.printf("identical per department (13 months): %s%n",
					sorted(statistics.summarized(from, to, departments, Grouping.DEPARTMENT))
						.equals(sorted(statistics.plain(from, to, departments, Grouping.DEPARTMENT))));
			System.out.printf("identical for one department, one month, per item: %s%n",
					sorted(statistics.summarized(month, month, List.of(one), Grouping.ITEM))
						.equals(sorted(statistics.plain(month, month, List.of(one), Grouping.ITEM))));
			System.out.printf("totals: %s%n", first.total().figures());

			List<String[]> rows = new ArrayList<>();
			rows.add(time("dashboard: every department, 13 months",
					() -> statistics.table(everyone, from, to, null, Grouping.DEPARTMENT, false).rows().size()));
			rows.add(time("dashboard: every department, 13 months, per item",
					() -> statistics.table(everyone, from, to, null, Grouping.ITEM, false).rows().size()));
			rows.add(time("dashboard: every department, one month",
					() -> statistics.table(everyone, month, month, null, Grouping.DEPARTMENT, false).rows().size()));
			YearMonth quarter = to.minusMonths(5);
			rows.add(time("dashboard: every department, a quarter",
					() -> statistics.table(everyone, quarter, quarter.plusMonths(2), null, Grouping.DEPARTMENT, false)
						.rows()
						.size()));
			rows.add(time("dashboard: one department (leader), 13 months",
					() -> statistics.table(own, from, to, null, Grouping.DEPARTMENT, false).rows().size()));
			rows.add(time("dashboard: one department, one month, per item",
					() -> statistics.table(own, month, month, null, Grouping.ITEM, false).rows().size()));
			long[] changed = { 0 };
			rows.add(time("dashboard after 50 cases changed (refresh + read)", () -> {
				changed[0]++;
				jdbc.update("""
						UPDATE permit_case SET decided_at = coalesce(decided_at, accepted_at) + interval '1 second'
						WHERE id IN (SELECT id FROM permit_case WHERE number LIKE 'PB%' AND accepted_at IS NOT NULL
						             ORDER BY id OFFSET ? LIMIT 50)""", changed[0] * 50);
				statistics.refresh();
				return statistics.table(everyone, from, to, null, Grouping.DEPARTMENT, false).rows().size();
			}));
			rows.add(plain("plain GROUP BY: every department, 13 months",
					() -> statistics.plain(from, to, null, Grouping.DEPARTMENT).size()));
			rows.add(plain("plain GROUP BY: every department, one month",
					() -> statistics.plain(month, month, null, Grouping.DEPARTMENT).size()));
			rows.add(plain("plain GROUP BY: every department, a quarter",
					() -> statistics.plain(quarter, quarter.plusMonths(2), null, Grouping.DEPARTMENT).size()));
			rows.add(plain("plain GROUP BY: one department, 13 months",
					() -> statistics.plain(from, to, List.of(one), Grouping.DEPARTMENT).size()));
			rows.add(plain("plain GROUP BY: one department, one month, per item",
					() -> statistics.plain(month, month, List.of(one), Grouping.ITEM).size()));
			System.out.printf("%n%-56s %8s %8s %8s %8s%n", "query (rounds, warm)", "p50 ms", "p95 ms", "max ms",
					"rows");
			for (String[] row : rows) {
				System.out.printf("%-56s %8s %8s %8s %8s%n", (Object[]) row);
			}
			System.out.printf("identical after the changes: %s%n",
					sorted(statistics.summarized(from, to, departments, Grouping.CELL))
						.equals(sorted(statistics.plain(from, to, departments, Grouping.CELL))));
			System.out.printf("%nload average: %s%n",
					new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).strip());
		}
	}

	private static List<PermitFigures> sorted(List<PermitFigures> rows) {
		return rows.stream()
			.sorted(Comparator.comparing((PermitFigures row) -> String.valueOf(row.department()))
				.thenComparing((PermitFigures row) -> row.item() == null ? 0L : row.item())
				.thenComparing((PermitFigures row) -> String.valueOf(row.month())))
			.toList();
	}

	private static String[] time(String name, Supplier<Integer> query) {
		return time(name, query, ROUNDS, 2);
	}

	/**
	 * The plain GROUP BY takes seconds a round at 10^6 cases: fewer rounds, one warm-up
	 * (its p95 is then its slowest but one).
	 */
	private static String[] plain(String name, Supplier<Integer> query) {
		return time(name, query, PLAIN_ROUNDS, 1);
	}

	private static String[] time(String name, Supplier<Integer> query, int rounds, int warm) {
		int result = 0;
		for (int i = 0; i < warm; i++) {
			result = query.get();
		}
		long[] nanos = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long started = System.nanoTime();
			result = query.get();
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		return new String[] { name + " (" + rounds + ")", ms(nanos[rounds / 2]),
				ms(nanos[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.95) - 1)]), ms(nanos[rounds - 1]),
				Integer.toString(result) };
	}

	private static String ms(long nanos) {
		return String.format("%.1f", nanos / 1e6);
	}

}
