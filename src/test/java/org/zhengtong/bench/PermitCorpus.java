package org.zhengtong.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Permit cases for the 电子监察 benchmark, loaded with COPY: items (five per department, four
 * of them open online) with a published guide each, and {@code count} cases received over
 * the 13 months before {@code now} — most online, some not accepted, most of the accepted
 * decided (their 承诺 clock stopped, a quarter late), the rest open — and a 红牌 for about
 * one case in twelve. Rows go in as any writer's would: the statistics triggers (V123)
 * mark them as they arrive.
 */
public final class PermitCorpus {

	private PermitCorpus() {
	}

	/** What was loaded. */
	public record Loaded(int items, int cases, int clocks, long redCards) {
	}

	/**
	 * Loads {@code count} cases numbered with {@code prefix} (unique per load) for the
	 * departments given.
	 */
	public static Loaded load(DataSource dataSource, int count, List<UUID> departments, Instant now, long seed,
			String prefix) throws Exception {
		Random random = new Random(seed);
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
		long[] range = jdbc.queryForObject(
				"""
						SELECT min(id), max(id) FROM (
						    SELECT nextval(pg_get_serial_sequence('casework_clock', 'id')) AS id FROM generate_series(1, ?)) s""",
				(row, n) -> new long[] { row.getLong(1), row.getLong(2) }, count);
		if (range[1] - range[0] + 1 != count) {
			throw new IllegalStateException("Clock ids not in one range: someone else made clocks meanwhile");
		}
		long clockId = range[0] - 1;
		int clocks = 0;
		int batch = 20_000;
		try (Connection connection = dataSource.getConnection()) {
			PGConnection pg = connection.unwrap(PGConnection.class);
			for (int from = 0; from < count; from += batch) {
				StringBuilder caseRows = new StringBuilder();
				StringBuilder clockRows = new StringBuilder();
				for (int i = from; i < Math.min(count, from + batch); i++) {
					int which = random.nextInt(items.size());
					long[] item = items.get(which);
					UUID department = itemDepartments.get(which);
					Instant submitted = now.minus(Duration.ofMinutes(60 * 24 * 3 + random.nextInt(60 * 24 * 395)));
					boolean online = random.nextInt(100) < 85;
					int roll = random.nextInt(100);
					String state;
					Instant accepted = null;
					Instant decided = null;
					Long clock = null;
					if (roll < 6) {
						state = "REJECTED";
					}
					else if (roll < 10) {
						state = "SUBMITTED";
					}
					else {
						accepted = submitted.plus(Duration.ofHours(2 + random.nextInt(96)));
						int days = 10 + 2 * random.nextInt(5);
						Instant due = accepted.plus(Duration.ofDays(days * 7L / 5));
						boolean done = roll < 85 && accepted.plus(Duration.ofDays(30)).isBefore(now);
						if (done) {
							boolean late = random.nextInt(100) < 25;
							decided = late ? due.plus(Duration.ofHours(1 + random.nextInt(24 * 10))) : accepted
								.plus(Duration.ofMinutes(
										60 + random.nextInt((int) Duration.between(accepted, due).toMinutes() - 60)));
							state = "CLOSED";
						}
						else {
							state = random.nextBoolean() ? "ACCEPTED" : "REVIEWED";
						}
						clock = ++clockId;
						clocks++;
						clockRows.append(clock)
							.append("\tpermit\t")
							.append(prefix)
							.append(i)
							.append(" 承诺时限\tWORKING_DAYS\t")
							.append(days)
							.append('\t')
							.append(accepted)
							.append("\t0.80\t")
							.append(done ? "STOPPED" : "RUNNING")
							.append('\t')
							.append(due)
							.append('\t')
							.append(due.minus(Duration.ofDays(2)))
							.append('\t')
							.append(done ? decided : "\\N")
							.append('\n');
					}
					caseRows.append(prefix)
						.append(i)
						.append('\t')
						.append(item[0])
						.append('\t')
						.append(item[1])
						.append('\t')
						.append(department)
						.append('\t')
						.append(online ? "ONLINE" : "WINDOW")
						.append('\t')
						.append(state)
						.append("\tENTERPRISE\t基准申请企业")
						.append(i)
						.append('\t')
						.append(submitted.minusSeconds(600))
						.append('\t')
						.append(submitted)
						.append('\t')
						.append(accepted == null ? "\\N" : accepted)
						.append('\t')
						.append(decided == null ? "\\N" : "APPROVED")
						.append('\t')
						.append(decided == null ? "\\N" : decided)
						.append('\t')
						.append(decided == null ? (state.equals("REJECTED") ? submitted.plusSeconds(3600) : "\\N")
								: decided)
						.append('\t')
						.append(clock == null ? "\\N" : clock)
						.append('\n');
				}
				// clocks first: a clock's due time feeds the case's figures
				pg.getCopyAPI()
					.copyIn("""
							COPY casework_clock (id, module, subject, measure, amount, started_at, warn_share, state, due_at,
							    warn_at, stopped_at) FROM STDIN""",
							new StringReader(clockRows.toString()));
				pg.getCopyAPI().copyIn("""
						COPY permit_case (number, item_id, guide_id, department_id, channel, state, applicant_kind,
						    applicant_name, created_at, submitted_at, accepted_at, decision, decided_at, closed_at,
						    promised_clock_id) FROM STDIN""", new StringReader(caseRows.toString()));
				if (count >= 100_000 && ((from / batch) % 10 == 9)) {
					System.out.printf("  %,d cases…%n", from + batch);
				}
			}
		}
		// a 红牌 for about one case in twelve of those whose clock ran out while counting
		long red = jdbc.update(
				"""
						INSERT INTO permit_warning (case_id, department_id, clock_id, legal, level, due_day, due_at, raised_at)
						SELECT c.id, c.department_id, k.id, false, 'RED', (k.due_at AT TIME ZONE 'Asia/Shanghai')::date, k.due_at,
						       k.due_at + interval '1 minute'
						FROM permit_case c JOIN casework_clock k ON k.id = c.promised_clock_id
						WHERE c.number LIKE ? AND (c.decided_at > k.due_at OR (c.decided_at IS NULL AND k.due_at < ?))
						  AND c.id % 3 = 0""",
				prefix + "%", java.sql.Timestamp.from(now));
		return new Loaded(items.size(), count, clocks, red);
	}

}
