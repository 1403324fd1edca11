package org.zhengtong.casework.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.ZhengtongApplication;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.platform.DatabaseOwner;
import org.zhengtong.platform.JobProgress;
import org.zhengtong.platform.PlatformProperties;

/**
 * The {@code CalendarChanged} job over {@code clocks} open permit clocks (法定 20 working
 * days, started over 2026, loaded with COPY with a due date the job must correct, so
 * every clock is written), timed as the job runs ({@link ClockRecompute#recomputeAll}:
 * batches of {@value ClockRecompute#BATCH}, each clock loaded, worked out by the casework
 * core's arithmetic and saved), then again when nothing changes — against a raw loop of
 * the calendar API ({@link CalendarManagement#addWorkingDays}) over the same start dates
 * in the same run. Not a test: run it with bench/permit-recompute.sh.
 */
public final class ClockRecomputeBenchmark {

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengtongApplication.class)
			.profiles("test")
			.properties("server.port=0", "zhengtong.tls.port=0", "logging.level.root=WARN",
					"logging.level.org.zhengtong=WARN", "spring.main.banner-mode=off",
					"zhengtong.casework.sweep-interval=PT24H")
			.run()) {
			ZoneId zone = context.getBean(PlatformProperties.class).timeZone();
			DataSource owner = context.getBean(DatabaseOwner.class).dataSource();
			List<Instant> starts = load(owner, count);
			System.out.printf("load: %s%n",
					java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
			ClockRecompute job = context.getBean(ClockRecompute.class);
			long t0 = System.nanoTime();
			String first = job.recomputeAll(progress());
			double changedSeconds = (System.nanoTime() - t0) / 1e9;
			long t1 = System.nanoTime();
			String second = job.recomputeAll(progress());
			double unchangedSeconds = (System.nanoTime() - t1) / 1e9;

			CalendarManagement calendar = context.getBean(CalendarManagement.class);
			long t2 = System.nanoTime();
			long sum = 0;
			for (Instant start : starts) {
				sum += calendar.addWorkingDays(LocalDate.ofInstant(start, zone), 20).toEpochDay();
			}
			double rawSeconds = (System.nanoTime() - t2) / 1e9;
			long due = new JdbcTemplate(owner).queryForObject(
					"SELECT count(*) FROM casework_clock WHERE module = 'permit' AND subject LIKE '基准办件%' AND due_at > started_at",
					Long.class);
			System.out.printf("CalendarChanged job, every clock changed (%s): %d clocks in %.2f s = %.0f clocks/s%n",
					first, count, changedSeconds, count / changedSeconds);
			System.out.printf("CalendarChanged job, nothing changed (%s): %d clocks in %.2f s = %.0f clocks/s%n",
					second, count, unchangedSeconds, count / unchangedSeconds);
			System.out.printf(
					"raw loop of CalendarManagement.addWorkingDays over the same start dates: %d in %.3f s = %.0f/s "
							+ "(checksum %d)%n",
					starts.size(), rawSeconds, starts.size() / rawSeconds, sum);
			System.out.printf("clocks with a due date after their start: %d of %d%n", due, count);
			System.out.printf("load after: %s%n",
					java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
		}
	}

	/**
	 * {@code count} running clocks, their due date wrong (the start): the job corrects
	 * it.
	 */
	private static List<Instant> load(DataSource owner, int count) throws Exception {
		Random random = new Random(20261203L);
		Instant year = Instant.parse("2026-01-05T01:00:00Z");
		List<Instant> starts = new ArrayList<>(count);
		StringBuilder rows = new StringBuilder();
		for (int i = 1; i <= count; i++) {
			Instant started = year.plusSeconds(random.nextInt(330 * 24 * 3600));
			starts.add(started);
			rows.append("permit\t基准办件 ")
				.append(i)
				.append(" 法定\tWORKING_DAYS\t20\t")
				.append(started)
				.append("\t0.80\tRUNNING\t")
				.append(started)
				.append('\t')
				.append(started)
				.append('\n');
		}
		long t0 = System.nanoTime();
		try (Connection connection = owner.getConnection()) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY casework_clock (module, subject, measure, amount, started_at, warn_share, state, due_at, warn_at) "
						+ "FROM STDIN", new StringReader(rows.toString()));
		}
		System.out.printf("loaded %d open permit clocks with COPY in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
		return starts;
	}

	private static JobProgress progress() {
		UUID id = UUID.randomUUID();
		return new JobProgress() {

			@Override
			public UUID jobId() {
				return id;
			}

			@Override
			public void total(long total) {
			}

			@Override
			public void advance(long steps) {
			}

		};
	}

}
