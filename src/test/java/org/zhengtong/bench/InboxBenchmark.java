package org.zhengtong.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.ZhengtongApplication;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.InboxFilter;
import org.zhengtong.casework.Reach;
import org.zhengtong.casework.TaskInbox;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.platform.DatabaseOwner;
import org.zhengtong.testing.TestStaff;
import org.zhengtong.content.ContentRoles;

/**
 * The 待办 badge and first inbox page for one person whose keys reach 10^4 open tasks among
 * 10^6, through {@link TaskInbox} (the very statements the workbench runs), against a
 * plain query of the same rows in the same run: those rows alone in a table of their own,
 * counted and sorted the same way. Tasks, cases, steps and clocks are loaded with COPY,
 * spread over many units, posts, accounts and permissions; each task's copy of its
 * clock's due date, warning and state (V81) is filled by the database's trigger while the
 * COPY runs, as for every other writer. Not a test: run it with bench/inbox.sh.
 */
public final class InboxBenchmark {

	private static final int ROUNDS = 200;

	private static final String[][] TYPES = { { "content", "content.article-review" },
			{ "pki", "pki.certificate-request" }, { "permit", "permit.licence" }, { "permit", "permit.change" },
			{ "interaction", "interaction.letter" }, { "exchange", "exchange.receipt" }, { "office", "office.leave" },
			{ "supervision", "supervision.matter" } };

	public static void main(String[] args) throws Exception {
		int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int reachable = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengtongApplication.class)
			.profiles("test")
			.properties("server.port=0", "zhengtong.tls.port=0", "logging.level.root=WARN",
					"logging.level.org.zhengtong=WARN", "spring.main.banner-mode=off",
					// No deadline sweep: its first claims on the freshly loaded clocks
					// would hold rows the COPY of the tasks waits for.
					"zhengtong.casework.sweep-interval=PT24H")
			.run(Arrays.copyOfRange(args, Math.min(2, args.length), args.length))) {
			TaskInbox inbox = context.getBean(TaskInbox.class);
			Clock clock = context.getBean(Clock.class);
			String person = person(context);
			Reach reach = inbox.reach(person);
			System.out.printf("person %s reaches %d assignee keys%n", person, reach.keys().size());
			DataSource owner = context.getBean(DatabaseOwner.class).dataSource();
			generate(owner, tasks, reachable, List.copyOf(reach.keys()), clock.instant());
			measure(inbox, reach, new JdbcTemplate(owner), new JdbcTemplate(context.getBean(DataSource.class)),
					clock.instant());
		}
	}

	/** A member of staff with posts in three units, STAFF and EDITOR: 16 keys. */
	private static String person(ConfigurableApplicationContext context) {
		UnitManagement units = context.getBean(UnitManagement.class);
		PlatformAccounts accounts = context.getBean(PlatformAccounts.class);
		String person = TestStaff.staff(accounts, TestStaff.unit(units, "基准局", "Bench Bureau"), "bench", "基准测试人",
				"Bench-pa55word");
		accounts.grant(person, ContentRoles.EDITOR);
		accounts.appoint(person,
				new StaffPost(TestStaff.unit(units, "兼职甲局", "Second Bureau"), null, "兼职", false, null));
		accounts.appoint(person, new StaffPost(TestStaff.unit(units, "兼职乙局", "Third Bureau"), null, "兼职", false, null));
		return person;
	}

	/**
	 * {@code tasks} tasks on {@code tasks / 2} cases (one step each, 90 % with a clock):
	 * every hundredth task open for the person, spread over their keys; the rest spread
	 * over 2,000 units, 20,000 posts, 50,000 accounts and 40 permissions, a quarter of
	 * them open.
	 */
	private static void generate(DataSource owner, int tasks, int reachable, List<String> keys, Instant now)
			throws Exception {
		Random random = new Random(20261203L);
		UUID[] units = uuids(random, 2_000);
		UUID[] posts = uuids(random, 20_000);
		UUID[] people = uuids(random, 50_000);
		int every = tasks / reachable;
		long started = System.nanoTime();
		int batch = 50_000;
		try (Connection connection = owner.getConnection()) {
			PGConnection pg = connection.unwrap(PGConnection.class);
			for (int from = 1; from <= tasks; from += batch) {
				StringBuilder clocks = new StringBuilder();
				StringBuilder cases = new StringBuilder();
				StringBuilder steps = new StringBuilder();
				StringBuilder rows = new StringBuilder();
				for (int i = from; i < from + batch && i <= tasks; i++) {
					int kase = (i + 1) / 2;
					String[] type = TYPES[kase % TYPES.length];
					if (i % 2 == 1) {
						Instant opened = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
						boolean timed = timed(kase);
						if (timed) {
							Instant due = now.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 90) - 60 * 24 * 30));
							String state = (kase / 50) % 20 == 1 ? "PAUSED" : "RUNNING";
							clocks.append(kase)
								.append("\t")
								.append(type[0])
								.append("\t办件 ")
								.append(kase)
								.append("\tWORKING_DAYS\t20\t")
								.append(opened)
								.append("\t0.80\t")
								.append(state)
								.append('\t')
								.append(due)
								.append('\t')
								.append(due.minus(Duration.ofDays(4)))
								.append('\n');
						}
						cases.append(kase)
							.append('\t')
							.append(type[1])
							.append('\t')
							.append(type[0])
							.append('\t')
							.append(kase)
							.append("\t关于第 ")
							.append(kase)
							.append(" 号申请的审核\tREVIEW\t/workbench/bench/")
							.append(kase)
							.append('\t')
							.append(people[random.nextInt(people.length)])
							.append("\t申请人\t")
							.append(opened)
							.append('\t')
							.append(timed ? Integer.toString(kase) : "\\N")
							.append('\n');
						steps.append(kase)
							.append('\t')
							.append(kase)
							.append("\tREVIEW\tONE\tOPEN\t送办人\t")
							.append(opened)
							.append('\n');
					}
					String assignee;
					String status;
					if (i % every == 0) {
						assignee = keys.get((i / every) % keys.size());
						status = "OPEN";
					}
					else if (i % every == every / 2) {
						assignee = keys.get((i / every) % keys.size());
						status = "DONE";
					}
					else {
						assignee = switch (random.nextInt(4)) {
							case 0 -> "account:" + people[random.nextInt(people.length)];
							case 1 -> "post:" + posts[random.nextInt(posts.length)];
							case 2 -> "unit:" + units[random.nextInt(units.length)] + ":bench.permission"
									+ random.nextInt(40);
							default -> "any:bench.permission" + random.nextInt(40);
						};
						int roll = random.nextInt(100);
						status = roll < 25 ? "OPEN" : roll < 95 ? "DONE" : "CANCELLED";
					}
					Instant sent = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
					boolean done = status.equals("DONE");
					rows.append(i)
						.append('\t')
						.append(kase)
						.append('\t')
						.append(kase)
						.append('\t')
						.append(type[0])
						.append('\t')
						.append(type[1])
						.append('\t')
						.append(status)
						.append('\t')
						.append(assignee)
						.append("\t办理人\t送办人 ")
						.append(random.nextInt(500))
						.append('\t')
						.append(sent)
						.append('\t')
						.append(timed(kase) ? Integer.toString(kase) : "\\N")
						.append('\t')
						.append(done ? people[random.nextInt(people.length)].toString() : "\\N")
						.append('\t')
						.append(done ? "办理人" : "\\N")
						.append('\t')
						.append(done ? sent.plus(Duration.ofHours(5)).toString() : "\\N")
						.append('\n');
				}
				pg.getCopyAPI()
					.copyIn("""
							COPY casework_clock (id, module, subject, measure, amount, started_at, warn_share, state, due_at,
							    warn_at) FROM STDIN""",
							new StringReader(clocks.toString()));
				pg.getCopyAPI()
					.copyIn("""
							COPY casework_case (id, type, module, subject_id, title, state, link, started_by, started_by_name,
							    started_at, clock_id) FROM STDIN""",
							new StringReader(cases.toString()));
				pg.getCopyAPI()
					.copyIn("""
							COPY casework_step (id, case_id, state, kind, status, opened_by_name, opened_at) FROM STDIN""",
							new StringReader(steps.toString()));
				pg.getCopyAPI()
					.copyIn("""
							COPY casework_task (id, step_id, case_id, module, type, status, assignee, assignee_name,
							    sent_by_name, sent_at, clock_id, done_by, done_by_name, done_at) FROM STDIN""",
							new StringReader(rows.toString()));
				if (((from - 1) / batch) % 5 == 4) {
					System.out.printf("  %,d tasks…%n", from - 1 + batch);
				}
			}
		}
		JdbcTemplate jdbc = new JdbcTemplate(owner);
		for (String table : List.of("casework_clock", "casework_case", "casework_step", "casework_task")) {
			jdbc.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM " + table
					+ "))");
			jdbc.execute("VACUUM ANALYZE " + table);
		}
		System.out.printf("generated %,d tasks (%,d open), %,d cases, %,d clocks in %.1f s (COPY, %,d rows a batch)%n",
				jdbc.queryForObject("SELECT count(*) FROM casework_task", Long.class),
				jdbc.queryForObject("SELECT count(*) FROM casework_task WHERE status = 'OPEN'", Long.class),
				jdbc.queryForObject("SELECT count(*) FROM casework_case", Long.class),
				jdbc.queryForObject("SELECT count(*) FROM casework_clock", Long.class),
				(System.nanoTime() - started) / 1e9, batch);
	}

	/**
	 * Nine cases in ten have a clock, whatever the case number (the person's tasks fall
	 * on every fiftieth case).
	 */
	private static boolean timed(int kase) {
		return (kase / 50) % 10 != 3;
	}

	private static void measure(TaskInbox inbox, Reach reach, JdbcTemplate owner, JdbcTemplate app, Instant now) {
		String[] keys = reach.keys().toArray(String[]::new);
		// The plain reference: the same open rows, already joined, alone in a table.
		owner.execute("DROP TABLE IF EXISTS bench_inbox_plain");
		owner.update(
				"""
						CREATE TABLE bench_inbox_plain AS
						SELECT t.id, t.case_id, t.module, t.type, c.title, c.link, t.sent_by_name, t.sent_at, k.due_at, k.warn_at,
						       k.state AS clock_state
						FROM casework_task t JOIN casework_case c ON c.id = t.case_id LEFT JOIN casework_clock k ON k.id = t.clock_id
						WHERE t.status = 'OPEN' AND t.assignee = ANY(?)""",
				(Object) keys);
		owner.execute("GRANT SELECT ON bench_inbox_plain TO PUBLIC");
		owner.execute("VACUUM ANALYZE bench_inbox_plain");

		List<String[]> figures = new ArrayList<>();
		figures.add(time("badge: TaskInbox.count (count of open tasks over the keys)", () -> inbox.count(reach)));
		figures.add(time("plain: count(*) of the same rows alone",
				() -> app.queryForObject("SELECT count(*) FROM bench_inbox_plain", Long.class)));
		figures.add(time("first page: TaskInbox.open, no filter (count + page of 20)",
				() -> inbox.open(reach, InboxFilter.NONE, 0, 20).total()));
		figures.add(time("plain: count + 20 rows by due date, the same rows alone", () -> {
			long count = app.queryForObject("SELECT count(*) FROM bench_inbox_plain", Long.class);
			app.queryForList("""
					SELECT * FROM bench_inbox_plain ORDER BY due_at NULLS LAST, sent_at, id LIMIT 20""");
			return count;
		}));
		figures.add(
				time("page 100: TaskInbox.open, no filter", () -> inbox.open(reach, InboxFilter.NONE, 99, 20).total()));
		figures.add(time("first page, overdue only: TaskInbox.open(colour = RED)",
				() -> inbox.open(reach, new InboxFilter(null, null, ClockColour.RED), 0, 20).total()));
		figures.add(time("first page, one module: TaskInbox.open(module = permit)",
				() -> inbox.open(reach, new InboxFilter("permit", null, null), 0, 20).total()));
		figures.add(time("filter choices: TaskInbox.choices", () -> inbox.choices(reach).size()));
		figures.add(time("keys: TaskInbox.reach (account, posts, roles)", () -> inbox
			.reach(reach.account() == null ? "" : app
				.queryForObject("SELECT username FROM identity_account WHERE id = ?", String.class, reach.account()))
			.keys()
			.size()));

		System.out.printf("%n%-62s %8s %8s %8s %10s%n", "query (" + ROUNDS + " rounds, warm)", "p50 ms", "p95 ms",
				"max ms", "result");
		for (String[] row : figures) {
			System.out.printf("%-62s %8s %8s %8s %10s%n", (Object[]) row);
		}
		System.out.println();
		System.out.println("plan of the first page's rows (EXPLAIN ANALYZE, BUFFERS; InboxRecords.page's sort):");
		app.queryForList(
				"""
						EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
						SELECT t.id, t.due_at, t.sent_at FROM casework_task t
						WHERE t.status = 'OPEN' AND t.assignee = ANY(?) ORDER BY t.due_at NULLS LAST, t.sent_at, t.id LIMIT 20""",
				String.class, (Object) keys)
			.forEach((line) -> System.out.println("  " + line));
		owner.execute("DROP TABLE bench_inbox_plain");

		// What the copies cost a writer: every open clock moved by a day in one statement
		// (a calendar edit's recompute, set-based), its open tasks following through the
		// trigger, against the same statement with the trigger switched off; both rolled
		// back.
		System.out.println();
		System.out.printf("%-62s %10s%n", "every open clock moved by a day, one UPDATE, rolled back", "seconds");
		System.out.printf("%-62s %10s%n", "  with the trigger (open tasks follow)", shiftAllClocks(owner, true));
		System.out.printf("%-62s %10s%n", "  trigger off (clocks alone)", shiftAllClocks(owner, false));

		// The same figures without V81's inbox index (the throw-away database keeps it
		// dropped): the sort then visits the task rows.
		owner.execute("DROP INDEX casework_task_inbox_idx");
		System.out.printf("%nwithout V81's casework_task_inbox_idx (V56's casework_task_open_idx only):%n");
		for (String[] row : List.of(time("badge: TaskInbox.count", () -> inbox.count(reach)),
				time("first page: TaskInbox.open, no filter", () -> inbox.open(reach, InboxFilter.NONE, 0, 20).total()),
				time("first page, one module: TaskInbox.open(module = permit)",
						() -> inbox.open(reach, new InboxFilter("permit", null, null), 0, 20).total()))) {
			System.out.printf("%-62s %8s %8s %8s %10s%n", (Object[]) row);
		}
	}

	private static String shiftAllClocks(JdbcTemplate owner, boolean trigger) {
		return owner.execute((java.sql.Connection connection) -> {
			connection.setAutoCommit(false);
			try (java.sql.Statement statement = connection.createStatement()) {
				if (!trigger) {
					statement.execute("ALTER TABLE casework_clock DISABLE TRIGGER casework_clock_to_tasks");
				}
				long started = System.nanoTime();
				int clocks = statement.executeUpdate(
						"""
								UPDATE casework_clock SET due_at = due_at + interval '1 day', warn_at = warn_at + interval '1 day'
								WHERE state <> 'STOPPED'""");
				double seconds = (System.nanoTime() - started) / 1e9;
				return String.format("%.1f (%,d clocks)", seconds, clocks);
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		});
	}

	private static String[] time(String name, LongSupplier query) {
		long result = 0;
		for (int i = 0; i < 20; i++) {
			result = query.getAsLong();
		}
		long[] nanos = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long started = System.nanoTime();
			result = query.getAsLong();
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		return new String[] { name, ms(nanos[ROUNDS / 2]), ms(nanos[(int) (ROUNDS * 0.95)]), ms(nanos[ROUNDS - 1]),
				String.format("%,d", result) };
	}

	private static String ms(long nanos) {
		return String.format("%.2f", nanos / 1e6);
	}

	private static UUID[] uuids(Random random, int count) {
		UUID[] ids = new UUID[count];
		for (int i = 0; i < count; i++) {
			ids[i] = new UUID(random.nextLong(), random.nextLong());
		}
		return ids;
	}

}
