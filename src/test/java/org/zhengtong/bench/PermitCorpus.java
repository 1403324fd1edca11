package org.zhengtong.bench;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Permit cases for the 电子监察 benchmark: items (five per department, four of them open
 * online) with a published guide each, and {@code count} cases received over the 13
 * months before {@code now} — 85 % online, 6 % 不予受理, 4 % waiting for 受理, the accepted
 * ones with a 承诺 clock of 10–18 working days, most decided (their clock stopped, a
 * quarter late), the rest open — and the warnings the sweep would have left: a 黄牌 for
 * each clock that reached 80 %, a 红牌 for each that ran out while counting, resolved as a
 * decision or escalation resolves them. Drawn and inserted in SQL (INSERT … SELECT over
 * generate_series, batches of 10^5), so 10^6 cases load in minutes. Rows go in as any
 * writer's would: the statistics triggers (V123) mark them as they arrive.
 */
public final class PermitCorpus {

	private static final int BATCH = 100_000;

	/**
	 * One batch of cases and their 承诺 clocks, drawn in SQL (generate_series, random())
	 * and inserted by one statement: the clocks in a data-modifying CTE, the cases from
	 * the same rows. Answers how many clocks it made. Parameters: the prefix (to find the
	 * items), now, the first and last case index, now, the prefix twice more (clock
	 * subject, number).
	 */
	private static final String CASES = """
			WITH items AS MATERIALIZED (
			    SELECT (row_number() OVER (ORDER BY i.id) - 1)::int AS k, i.id AS item_id, g.id AS guide_id, i.department_id
			    FROM permit_item i JOIN permit_guide g ON g.item_id = i.id WHERE i.code LIKE ? || '-%'),
			draw AS MATERIALIZED (
			    SELECT n, floor(random() * (SELECT count(*) FROM items))::int AS k,
			           ?::timestamptz - interval '3 days' - floor(random() * 60 * 24 * 395) * interval '1 minute' AS submitted,
			           random() < 0.85 AS online, floor(random() * 100)::int AS roll,
			           (2 + floor(random() * 96)) * interval '1 hour' AS to_accept, 10 + 2 * floor(random() * 5)::int AS days,
			           random() < 0.25 AS late, random() AS r_late, random() AS r_decide, random() < 0.5 AS reviewed
			    FROM generate_series(?::int, ?::int) n),
			accepted AS MATERIALIZED (
			    SELECT d.*, i.item_id, i.guide_id, i.department_id,
			           CASE WHEN d.roll >= 10 THEN d.submitted + d.to_accept END AS accepted_at
			    FROM draw d JOIN items i USING (k)),
			timed AS MATERIALIZED (
			    SELECT a.*, a.accepted_at + (a.days * 7 / 5) * interval '1 day' AS due_at,
			           coalesce(a.roll < 85 AND a.accepted_at + interval '30 days' < ?::timestamptz, false) AS done
			    FROM accepted a),
			decided AS MATERIALIZED (
			    SELECT t.*,
			           CASE WHEN t.done AND t.late THEN t.due_at + (1 + floor(t.r_late * 240)) * interval '1 hour'
			                WHEN t.done THEN t.accepted_at + (60 + floor(t.r_decide
			                    * (extract(epoch FROM t.due_at - t.accepted_at) / 60 - 60))) * interval '1 minute'
			           END AS decided_at,
			           CASE WHEN t.accepted_at IS NOT NULL THEN nextval(pg_get_serial_sequence('casework_clock', 'id')) END AS clock_id
			    FROM timed t),
			clocks AS (
			    INSERT INTO casework_clock (id, module, subject, measure, amount, started_at, warn_share, state, due_at,
			        warn_at, stopped_at)
			    SELECT clock_id, 'permit', ? || n || ' 承诺时限', 'WORKING_DAYS', days, accepted_at, 0.80,
			           CASE WHEN done THEN 'STOPPED' ELSE 'RUNNING' END, due_at, due_at - interval '2 days', decided_at
			    FROM decided WHERE clock_id IS NOT NULL
			    RETURNING id),
			cases AS (
			    INSERT INTO permit_case (number, item_id, guide_id, department_id, channel, state, applicant_kind,
			        applicant_name, created_at, submitted_at, accepted_at, decision, decided_at, closed_at, promised_clock_id)
			    SELECT ? || n, item_id, guide_id, department_id, CASE WHEN online THEN 'ONLINE' ELSE 'WINDOW' END,
			           CASE WHEN roll < 6 THEN 'REJECTED' WHEN roll < 10 THEN 'SUBMITTED' WHEN done THEN 'CLOSED'
			                WHEN reviewed THEN 'REVIEWED' ELSE 'ACCEPTED' END,
			           'ENTERPRISE', '基准申请企业' || n, submitted - interval '10 minutes', submitted, accepted_at,
			           CASE WHEN done THEN 'APPROVED' END, decided_at,
			           CASE WHEN done THEN decided_at WHEN roll < 6 THEN submitted + interval '1 hour' END, clock_id
			    FROM decided
			    RETURNING id)
			SELECT (SELECT count(*) FROM clocks)::int + 0 * (SELECT count(*) FROM cases)::int""";

	/**
	 * The warnings the sweep would have left (append-only history): a 黄牌 for every 承诺
	 * clock that reached 80 % (its warn instant) before it stopped — resolved by the
	 * decision, or escalated when the clock ran out — and a 红牌 for every clock that ran
	 * out while counting, resolved by the decision if there was one. Parameters: now four
	 * times, the number pattern.
	 */
	private static final String WARNINGS = """
			INSERT INTO permit_warning (case_id, department_id, clock_id, legal, level, due_day, due_at, raised_at,
			    resolved_at, resolution)
			SELECT c.id, c.department_id, k.id, false, w.level, (k.due_at AT TIME ZONE 'Asia/Shanghai')::date, k.due_at,
			       w.raised_at, w.resolved_at, w.resolution
			FROM permit_case c
			JOIN casework_clock k ON k.id = c.promised_clock_id
			CROSS JOIN LATERAL (
			    SELECT 'YELLOW' AS level, k.warn_at AS raised_at,
			           CASE WHEN c.decided_at <= k.due_at THEN c.decided_at
			                WHEN k.due_at < ?::timestamptz THEN k.due_at + interval '1 minute' END AS resolved_at,
			           CASE WHEN c.decided_at <= k.due_at THEN 'DECIDED'
			                WHEN k.due_at < ?::timestamptz THEN 'ESCALATED' END AS resolution
			    WHERE k.warn_at < coalesce(c.decided_at, ?::timestamptz)
			    UNION ALL
			    SELECT 'RED', k.due_at + interval '1 minute', c.decided_at, CASE WHEN c.decided_at IS NOT NULL THEN 'DECIDED' END
			    WHERE k.due_at < coalesce(c.decided_at, ?::timestamptz)) w
			WHERE c.number LIKE ?""";

	private PermitCorpus() {
	}

	/** What was loaded. */
	public record Loaded(int items, int cases, int clocks, long redCards, long yellowCards) {
	}

	/**
	 * Loads {@code count} cases numbered with {@code prefix} (unique per load) for the
	 * departments given.
	 */
	public static Loaded load(DataSource dataSource, int count, List<UUID> departments, Instant now, long seed,
			String prefix) throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<long[]> items = new ArrayList<>();
		List<UUID> itemDepartments = new ArrayList<>();
		for (UUID department : departments) {
			for (int i = 0; i < 5; i++) {
				String code = prefix + "-" + department.toString().substring(0, 8) + "-" + i;
				Long item = jdbc.queryForObject("""
						INSERT INTO permit_item (code, department_id, audience, theme, created_by, created_at)
						VALUES (?, ?, 'BOTH', 'OPERATING_LICENCE', 'bench', now()) RETURNING id""", Long.class, code,
						department);
				Long guide = jdbc.queryForObject(
						"""
								INSERT INTO permit_guide (item_id, revision, state, name, basis, conditions, process, limit_kind,
								    legal_days, promised_days, window_address, window_phone, window_hours, online, joint,
								    effective_from, drafted_by, drafted_at)
								VALUES (?, 1, 'PUBLISHED', ?, '《基准条例》', '具备条件', '申请、受理、审查、决定', 'SINGLE', 20, ?,
								    '政务服务中心', '029-12345678', '工作日', ?, false, now(), 'bench', now()) RETURNING id""",
						Long.class, item, "基准许可事项 " + code, 10 + i * 2, i != 4);
				items.add(new long[] { item, guide });
				itemDepartments.add(department);
			}
		}
		int clocks = 0;
		long warnings = 0;
		try (Connection connection = dataSource.getConnection()) {
			// one connection: setseed() and random() are per session, so a seed gives the
			// same corpus
			JdbcTemplate session = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			session.queryForObject("SELECT setseed(?)", Object.class, (seed % 1000) / 1000.0);
			Timestamp at = Timestamp.from(now);
			for (int from = 0; from < count; from += BATCH) {
				clocks += session.queryForObject(CASES, Integer.class, prefix, at, from,
						Math.min(count, from + BATCH) - 1, at, prefix, prefix);
				if (count >= 100_000) {
					System.out.printf("  %,d cases…%n", Math.min(count, from + BATCH));
				}
			}
			warnings = session.update(WARNINGS, at, at, at, at, prefix + "%");
		}
		long red = jdbc.queryForObject(
				"SELECT count(*) FROM permit_warning w JOIN permit_case c ON c.id = w.case_id WHERE c.number LIKE ? AND w.level = 'RED'",
				Long.class, prefix + "%");
		return new Loaded(items.size(), count, clocks, red, warnings - red);
	}

}
