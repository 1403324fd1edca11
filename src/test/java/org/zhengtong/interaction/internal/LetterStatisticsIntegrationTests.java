package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.bench.LetterCorpus;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 来信办理统计: the per-unit, per-month summary the pages read gives exactly the figures of a
 * plain GROUP BY over the raw tables (10^3 letters in every state, objections, ratings,
 * rectifications), also after letters change; each unit is charged only for its own time;
 * the office sees every unit, a unit only its own (another unit's figures answer 404),
 * others are refused; the Excel export holds exactly the rows the page shows.
 */
@IntegrationTest
class LetterStatisticsIntegrationTests {

	@Autowired
	StatisticsRecords records;

	@Autowired
	LetterStatistics statistics;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Test
	void the_summary_equals_a_plain_group_by_before_and_after_letters_change() throws Exception {
		List<UUID> mine = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		Instant now = clock.instant();
		LetterCorpus.Loaded loaded = LetterCorpus.load(dataSource, 1_000, mine, now, 7L,
				"T" + UUID.randomUUID().toString().substring(0, 7));
		assertThat(loaded.ratings()).isPositive();
		assertThat(loaded.rectifications()).isPositive();
		YearMonth to = YearMonth.from(now.atZone(ZoneId.of("Asia/Shanghai")));
		YearMonth from = to.minusMonths(14);

		records.refresh(now);
		List<UnitMonthFigures> plain = records.plain(from, to, mine, now);
		assertThat(plain).hasSizeGreaterThan(30);
		assertThat(plain.stream().mapToLong(UnitMonthFigures::notCharged).sum()).isPositive();
		assertThat(plain.stream().mapToLong(UnitMonthFigures::late).sum()).isPositive();
		assertThat(plain.stream().mapToLong(UnitMonthFigures::openOverdue).sum()).isPositive();
		assertThat(plain.stream().mapToLong(UnitMonthFigures::rectified).sum()).isPositive();
		assertThat(records.summarized(from, to, mine, now)).isEqualTo(plain);

		// letters change as people work: an open one answered late, a rating, a
		// rectification closed, a letter the unit objects to
		UUID open = jdbc.sql("""
				SELECT request_id FROM interaction_request_assignment
				WHERE unit_id = ANY(?) AND ended_at IS NULL ORDER BY assigned_at LIMIT 1""")
			.param(mine.toArray(UUID[]::new))
			.query(UUID.class)
			.single();
		jdbc.sql(
				"UPDATE interaction_request_assignment SET ended_at = ?, end_reason = 'ANSWERED' WHERE request_id = ? AND ended_at IS NULL")
			.params(Timestamp.from(now), open)
			.update();
		UUID objected = jdbc.sql("""
				SELECT request_id FROM interaction_request_assignment
				WHERE unit_id = ANY(?) AND ended_at IS NULL ORDER BY assigned_at LIMIT 1""")
			.param(mine.toArray(UUID[]::new))
			.query(UUID.class)
			.single();
		jdbc.sql(
				"UPDATE interaction_request_assignment SET ended_at = ?, end_reason = 'OBJECTED' WHERE request_id = ? AND ended_at IS NULL")
			.params(Timestamp.from(now), objected)
			.update();
		jdbc.sql("""
				UPDATE interaction_rectification SET state = 'CLOSED', finding = '核实', measures = '整改',
				    follow_up_on = current_date, follow_up_way = 'PHONE', follow_up_result = '满意', closed_by = 't',
				    closed_at = now()
				WHERE state = 'OPEN' AND unit_id = ANY(?)""").param(mine.toArray(UUID[]::new)).update();
		assertThat(records.summarized(from, to, mine, now)).isNotEqualTo(records.plain(from, to, mine, now));
		assertThat(records.refresh(now)).isPositive();
		assertThat(records.summarized(from, to, mine, now)).isEqualTo(records.plain(from, to, mine, now));
		// ten days later more open letters are past due: counted live, still equal
		Instant later = now.plus(Duration.ofDays(10));
		assertThat(records.summarized(from, to, mine, later)).isEqualTo(records.plain(from, to, mine, later));

		// a changed calendar moves the due time of an open letter (ClockRecompute): a
		// letter not yet due becomes past due, and the summary follows
		UUID notYetDue = jdbc.sql("""
				SELECT a.request_id FROM interaction_request_assignment a
				JOIN interaction_request q ON q.id = a.request_id JOIN casework_clock c ON c.id = q.reply_clock_id
				WHERE a.unit_id = ANY(?) AND a.ended_at IS NULL AND c.due_at > ? ORDER BY a.assigned_at LIMIT 1""")
			.params(mine.toArray(UUID[]::new), Timestamp.from(now))
			.query(UUID.class)
			.single();
		long overdueBefore = overdue(records.summarized(from, to, mine, now));
		jdbc.sql(
				"""
						UPDATE casework_clock SET due_at = ? WHERE id = (SELECT reply_clock_id FROM interaction_request WHERE id = ?)""")
			.params(Timestamp.from(now.minus(Duration.ofDays(1))), notYetDue)
			.update();
		assertThat(records.refresh(now)).isPositive();
		List<UnitMonthFigures> moved = records.summarized(from, to, mine, now);
		assertThat(overdue(moved)).isEqualTo(overdueBefore + 1);
		assertThat(moved).isEqualTo(records.plain(from, to, mine, now));
	}

	private static long overdue(List<UnitMonthFigures> figures) {
		return figures.stream().mapToLong(UnitMonthFigures::openOverdue).sum();
	}

	@Test
	void a_unit_that_objected_is_not_charged_and_the_unit_that_answered_is() throws Exception {
		UUID objecting = UUID.randomUUID();
		UUID answering = UUID.randomUUID();
		Instant now = clock.instant();
		Instant routed = now.minus(Duration.ofDays(3));
		UUID letter = UUID.randomUUID();
		long clockId = jdbc
			.sql("""
					INSERT INTO casework_clock (module, subject, measure, amount, started_at, warn_share, state, due_at, warn_at)
					VALUES ('interaction', 'test', 'WORKING_DAYS', 5, ?, 0.8, 'STOPPED', ?, ?) RETURNING id""")
			.params(Timestamp.from(routed), Timestamp.from(routed.plus(Duration.ofDays(1))),
					Timestamp.from(routed.plus(Duration.ofHours(20))))
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO interaction_request (id, number, door, title, body, state, query_code_hash, submitted_at,
				    unit_id, reply_clock_id, replied_at)
				VALUES (?, ?, 'COMPLAINT', '路灯不亮', '请修', 'REPLIED', 'x', ?, ?, ?, ?)""")
			.params(letter, "S" + letter.toString().substring(0, 8), Timestamp.from(routed), answering, clockId,
					Timestamp.from(now))
			.update();
		jdbc.sql(
				"""
						INSERT INTO interaction_request_assignment (request_id, unit_id, assigned_at, assigned_by, ended_at, end_reason)
						VALUES (?, ?, ?, 'office', ?, 'OBJECTED'), (?, ?, ?, 'office', ?, 'ANSWERED')""")
			.params(letter, objecting, Timestamp.from(routed), Timestamp.from(routed.plus(Duration.ofHours(1))), letter,
					answering, Timestamp.from(routed.plus(Duration.ofHours(2))), Timestamp.from(now))
			.update();
		YearMonth month = YearMonth.from(routed.atZone(ZoneId.of("Asia/Shanghai")));
		YearMonth answeredMonth = YearMonth.from(routed.plus(Duration.ofHours(2)).atZone(ZoneId.of("Asia/Shanghai")));
		records.refresh(now);
		List<UnitMonthFigures> figures = records.summarized(month, answeredMonth, List.of(objecting, answering), now);
		assertThat(figures).filteredOn((row) -> row.unit().equals(objecting)).singleElement().satisfies((row) -> {
			assertThat(row.received()).isEqualTo(1);
			assertThat(row.notCharged()).isEqualTo(1);
			assertThat(row.answered()).isZero();
			assertThat(row.overdue()).isZero();
		});
		assertThat(figures).filteredOn((row) -> row.unit().equals(answering)).singleElement().satisfies((row) -> {
			assertThat(row.received()).isEqualTo(1);
			assertThat(row.notCharged()).isZero();
			assertThat(row.answered()).isEqualTo(1);
			assertThat(row.onTime()).isZero();
			assertThat(row.late()).isEqualTo(1);
			assertThat(row.overdue()).isEqualTo(1);
		});
	}

	@Test
	void the_office_sees_every_unit_a_unit_its_own_others_are_refused_and_the_export_is_the_page() throws Exception {
		UUID school = TestStaff.unit(units, "统计教育局", "Statistics Education Bureau");
		UUID roads = TestStaff.unit(units, "统计交通局", "Statistics Transport Bureau");
		Instant now = clock.instant();
		LetterCorpus.load(dataSource, 200, List.of(school, roads), now, 11L,
				"W" + UUID.randomUUID().toString().substring(0, 7));
		String office = TestStaff.withRole(accounts, school, "stoffice", "受理员", InteractionRoles.LETTER_ACCEPTOR);
		String leader = TestStaff.withRole(accounts, school, "stlead", "审核人", InteractionRoles.INTERACTION_LEADER);
		String stranger = TestStaff.staff(accounts, school, "ststaff", "科员", "Qinchuan@2026");
		YearMonth to = YearMonth.from(now.atZone(ZoneId.of("Asia/Shanghai")));
		String year = "year=" + to.getYear() + "&from=1&to=" + to.getMonthValue();

		String all = page(office, "/workbench/interaction/statistics?" + year + "&unit=" + school);
		assertThat(all).contains("来信办理统计", "秦川市统计教育局", "指标说明", "不计入该单位的答复和逾期", "合计", "<caption>");
		String unitPage = page(leader, "/workbench/interaction/statistics?" + year);
		assertThat(unitPage).contains("秦川市统计教育局").doesNotContain("秦川市统计交通局");
		assertThat(rows(unitPage)).isEqualTo(rows(all));
		assertThat(status(leader, "/workbench/interaction/statistics?" + year + "&unit=" + roads)).isEqualTo(404);
		assertThat(status(stranger, "/workbench/interaction/statistics")).isEqualTo(403);
		assertThat(status(office, "/workbench/interaction/statistics?year=1999")).isEqualTo(404);

		String sorted = page(office,
				"/workbench/interaction/statistics?" + year + "&unit=" + school + "&sort=-received");
		List<Long> received = rows(sorted).stream()
			.filter((row) -> !row.startsWith("合计"))
			.map((row) -> Long.parseLong(row.split(" ")[2]))
			.toList();
		assertThat(received).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		MvcTestResult export = mvc.get()
			.uri("/workbench/interaction/statistics/export.xlsx?" + year + "&unit=" + school + "&sort=-received")
			.with(user(users.loadUserByUsername(office)))
			.exchange();
		assertThat(export).hasStatusOk();
		List<String> sheet = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach((cell) -> {
					String text = format.formatCellValue(cell);
					if (!text.isEmpty()) {
						cells.add(text);
					}
				});
				sheet.add(String.join(" ", cells));
			}
		}
		assertThat(sheet.get(0)).startsWith("单位 月份 收到 异议退回等 已答复 按时答复 逾期 办理中 评价数 满意率 差评 差评已整改");
		assertThat(sheet.subList(1, sheet.size())).isEqualTo(rows(sorted));
	}

	private String page(String username, String uri) throws Exception {
		MvcTestResult result = mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(String username, String uri) {
		return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange().getResponse().getStatus();
	}

	/** The table's body and total rows as text, cells separated by one space. */
	static List<String> rows(String html) {
		int start = html.indexOf("<tbody>");
		int end = html.indexOf("</tfoot>");
		List<String> rows = new ArrayList<>();
		if (start < 0 || end < 0) {
			return rows;
		}
		Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(html.substring(start, end));
		while (row.find()) {
			rows.add(row.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
		}
		return rows;
	}

}
