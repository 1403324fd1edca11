package org.zhengtong.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Letters for the statistics benchmark and its 10^3-row test, loaded with COPY: submitted
 * over the 13 months before {@code now}, in every state, routed to the units given (one
 * in ten objected to by a first unit and re-routed, some moved or merged), each routed
 * letter with its reply clock (7–20 days, stopped when answered; a quarter of the answers
 * late), ratings of five levels on most answers, a rectification for each 差评 (closed for
 * most). Rows go in as any writer's would: the statistics triggers mark them as they
 * arrive.
 */
public final class LetterCorpus {

	private static final String[] DOORS = { "MAILBOX", "CONSULTATION", "COMPLAINT", "SUGGESTION", "MESSAGE",
			"SITE_ERROR" };

	/** The platform's zone in tests and benchmarks. */
	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private LetterCorpus() {
	}

	/** What was loaded. */
	public record Loaded(int letters, int assignments, int clocks, int ratings, int rectifications) {
	}

	/**
	 * Loads {@code count} letters numbered with {@code prefix} (at most 8 characters,
	 * unique per load) routed to {@code units}.
	 */
	public static Loaded load(DataSource dataSource, int count, List<UUID> units, Instant now, long seed, String prefix)
			throws Exception {
		Random random = new Random(seed);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		// reserve clock ids: (last - count, last]
		long[] range = jdbc.queryForObject(
				"""
						SELECT min(id), max(id) FROM (
						    SELECT nextval(pg_get_serial_sequence('casework_clock', 'id')) AS id FROM generate_series(1, ?)) s""",
				(row, n) -> new long[] { row.getLong(1), row.getLong(2) }, count);
		if (range[1] - range[0] + 1 != count) {
			throw new IllegalStateException("Clock ids not in one range: someone else made clocks meanwhile");
		}
		long clockId = range[0] - 1;
		int assignments = 0;
		int clocks = 0;
		int ratings = 0;
		int rectifications = 0;
		int batch = 20_000;
		try (Connection connection = dataSource.getConnection()) {
			PGConnection pg = connection.unwrap(PGConnection.class);
			for (int from = 0; from < count; from += batch) {
				StringBuilder requests = new StringBuilder();
				StringBuilder clockRows = new StringBuilder();
				StringBuilder assignmentRows = new StringBuilder();
				StringBuilder invitations = new StringBuilder();
				StringBuilder ratingRows = new StringBuilder();
				StringBuilder rectificationRows = new StringBuilder();
				for (int i = from; i < Math.min(count, from + batch); i++) {
					UUID id = new UUID(random.nextLong(), random.nextLong());
					Instant submitted = now.minus(Duration.ofMinutes(60 + random.nextInt(60 * 24 * 395)));
					String door = DOORS[random.nextInt(DOORS.length)];
					int roll = random.nextInt(100);
					String state;
					boolean routed = roll >= 8;
					if (roll < 3) {
						state = "SUBMITTED";
					}
					else if (roll < 5) {
						state = "REJECTED";
					}
					else if (roll < 6) {
						state = "WITHDRAWN";
					}
					else if (roll < 8) {
						state = "ACCEPTED";
					}
					else {
						state = null;
					}
					UUID unit = units.get(random.nextInt(units.size()));
					Instant routedAt = submitted.plus(Duration.ofHours(2 + random.nextInt(48)));
					Instant repliedAt = null;
					UUID replyUnit = null;
					String clock = "\\N";
					if (routed) {
						int outcome = random.nextInt(100);
						if (outcome < 10) {
							// the first unit objects, the letter goes to another
							UUID first = units.get(random.nextInt(units.size()));
							Instant objected = routedAt.plus(Duration.ofHours(4 + random.nextInt(60)));
							assignmentRows.append(id)
								.append('\t')
								.append(first)
								.append('\t')
								.append(routedAt)
								.append("\toffice\t")
								.append(objected)
								.append("\tOBJECTED\t不属于本单位职责\n");
							assignments++;
							routedAt = objected.plus(Duration.ofHours(1 + random.nextInt(24)));
						}
						else if (outcome < 12) {
							UUID first = units.get(random.nextInt(units.size()));
							Instant moved = routedAt.plus(Duration.ofHours(4 + random.nextInt(60)));
							assignmentRows.append(id)
								.append('\t')
								.append(first)
								.append('\t')
								.append(routedAt)
								.append("\toffice\t")
								.append(moved)
								.append("\tREASSIGNED\t\\N\n");
							assignments++;
							routedAt = moved.plus(Duration.ofHours(1));
						}
						int days = 7 + random.nextInt(14);
						// a working-day clock is due at the end of its last day
						// (ClockArithmetic)
						Instant due = routedAt.atZone(ZONE)
							.toLocalDate()
							.plusDays(days + 1)
							.atStartOfDay(ZONE)
							.toInstant()
							.minus(1, ChronoUnit.MICROS);
						Instant answered = routedAt.plus(Duration.ofHours(6 + random.nextInt(24 * (days + 8))));
						boolean open = answered.isAfter(now) || random.nextInt(100) < 6;
						boolean merged = !open && random.nextInt(100) < 2;
						String end;
						String endedAt;
						if (merged) {
							state = "MERGED";
							end = "MERGED";
							endedAt = answered.toString();
						}
						else if (open) {
							state = switch (random.nextInt(3)) {
								case 0 -> "ASSIGNED";
								case 1 -> "IN_PROGRESS";
								default -> "REPLY_REVIEW";
							};
							end = "\\N";
							endedAt = "\\N";
						}
						else {
							int s = random.nextInt(100);
							state = s < 35 ? "REPLIED" : s < 70 ? "RATED" : s < 98 ? "CLOSED" : "REOPENED";
							end = "ANSWERED";
							endedAt = answered.toString();
							repliedAt = answered;
							replyUnit = unit;
						}
						long clockNumber = ++clockId;
						clocks++;
						clock = Long.toString(clockNumber);
						clockRows.append(clockNumber)
							.append("\tinteraction\t")
							.append(prefix)
							.append(i)
							.append(" 答复\tWORKING_DAYS\t")
							.append(days)
							.append('\t')
							.append(routedAt)
							.append("\t0.80\t")
							.append(open ? "RUNNING" : "STOPPED")
							.append('\t')
							.append(due)
							.append('\t')
							.append(due.minus(Duration.ofDays(2)))
							.append('\t')
							.append(open ? "\\N" : endedAt)
							.append('\n');
						assignmentRows.append(id)
							.append('\t')
							.append(unit)
							.append('\t')
							.append(routedAt)
							.append("\toffice\t")
							.append(endedAt)
							.append('\t')
							.append(end)
							.append("\t\\N\n");
						assignments++;
						if (repliedAt != null && !state.equals("REPLIED")) {
							int level = 1 + random.nextInt(5);
							if (random.nextInt(100) < 70) {
								level = 3 + random.nextInt(3);
							}
							UUID invitation = new UUID(random.nextLong(), random.nextLong());
							UUID rating = new UUID(random.nextLong(), random.nextLong());
							Instant ratedAt = repliedAt.plus(Duration.ofHours(1 + random.nextInt(72)));
							invitations.append(invitation)
								.append("\tinteraction.request\t")
								.append(id)
								.append('\t')
								.append(unit)
								.append("\tletter.")
								.append(door)
								.append("\t来信答复\tLetter reply\t")
								.append(prefix)
								.append(i)
								.append('\t')
								.append(repliedAt)
								.append('\n');
							ratingRows.append(rating)
								.append('\t')
								.append(invitation)
								.append("\tinteraction.request\t")
								.append(id)
								.append('\t')
								.append(unit)
								.append("\tletter.")
								.append(door)
								.append('\t')
								.append(level)
								.append("\tbench\t")
								.append(ratedAt)
								.append('\n');
							ratings++;
							if (level <= 2) {
								boolean closed = random.nextInt(100) < 70;
								Instant closedAt = ratedAt.plus(Duration.ofDays(3 + random.nextInt(15)));
								rectificationRows.append(new UUID(random.nextLong(), random.nextLong()))
									.append('\t')
									.append(rating)
									.append('\t')
									.append(unit)
									.append('\t')
									.append(closed ? "CLOSED" : "OPEN")
									.append('\t')
									.append(ratedAt)
									.append('\t');
								if (closed) {
									rectificationRows.append("已核实\t已整改\t")
										.append(closedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate())
										.append("\tPHONE\t满意\tbench\t")
										.append(closedAt)
										.append('\n');
								}
								else {
									rectificationRows.append("\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n");
								}
								rectifications++;
							}
						}
					}
					requests.append(id)
						.append('\t')
						.append(prefix)
						.append(i)
						.append('\t')
						.append(door)
						.append("\t关于第 ")
						.append(i)
						.append(" 件来信\t请答复\t")
						.append(state)
						.append("\t来信人\tbench-code\t")
						.append(submitted)
						.append('\t')
						.append(routed ? unit.toString() : "\\N")
						.append('\t')
						.append(clock)
						.append('\t')
						.append(replyUnit == null ? "\\N" : replyUnit.toString())
						.append('\t')
						.append(repliedAt == null ? "\\N" : repliedAt.toString())
						.append('\n');
				}
				pg.getCopyAPI()
					.copyIn("""
							COPY casework_clock (id, module, subject, measure, amount, started_at, warn_share, state, due_at,
							    warn_at, stopped_at) FROM STDIN""",
							new StringReader(clockRows.toString()));
				pg.getCopyAPI()
					.copyIn("""
							COPY interaction_request (id, number, door, title, body, state, writer_name, query_code_hash,
							    submitted_at, unit_id, reply_clock_id, reply_unit_id, replied_at) FROM STDIN""",
							new StringReader(requests.toString()));
				pg.getCopyAPI().copyIn("""
						COPY interaction_request_assignment (request_id, unit_id, assigned_at, assigned_by, ended_at,
						    end_reason, objection) FROM STDIN""", new StringReader(assignmentRows.toString()));
				pg.getCopyAPI()
					.copyIn("""
							COPY interaction_rating_invitation (id, subject_type, subject_id, unit_id, service_code,
							    service_name, service_name_en, title, invited_at) FROM STDIN""",
							new StringReader(invitations.toString()));
				pg.getCopyAPI()
					.copyIn("""
							COPY interaction_rating (id, invitation_id, subject_type, subject_id, unit_id, service_code, level,
							    rated_by, rated_at) FROM STDIN""",
							new StringReader(ratingRows.toString()));
				pg.getCopyAPI()
					.copyIn("""
							COPY interaction_rectification (id, rating_id, unit_id, state, opened_at, finding, measures,
							    follow_up_on, follow_up_way, follow_up_result, closed_by, closed_at) FROM STDIN""",
							new StringReader(rectificationRows.toString()));
				if (count >= 100_000 && ((from / batch) % 10 == 9)) {
					System.out.printf("  %,d letters…%n", from + batch);
				}
			}
		}
		return new Loaded(count, assignments, clocks, ratings, rectifications);
	}

}
