package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.WarningLevel;
import org.zhengtong.permit.internal.FigureRecords.Grouping;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 电子监察 statistics: the summary kept in step by triggers equals a plain GROUP BY over the
 * raw tables, at every grouping and after any change to the cases; a department's figures
 * are what its cases make them (online rate both ways, on time against the 承诺 clock,
 * working days by the calendar, 超期 from red cards); the page, its export and /performance
 * show them to those who may read them. Reading never writes: the summary is brought up
 * to date by a scheduled job, run here on demand.
 */
@IntegrationTest
class PermitStatisticsIntegrationTests {

	static final YearMonth JANUARY = YearMonth.of(2026, 1);

	static final YearMonth DECEMBER = YearMonth.of(2026, 12);

	@Autowired
	ApplicationContext context;

	@Autowired
	AcceptanceDesk desk;

	@Autowired
	PermitCases cases;

	@Autowired
	PermitItems items;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	@Autowired
	PermitStatistics statistics;

	@Autowired
	WarningDesk warnings;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ScheduledJobs jobs;

	TestPermitCases fixture;

	UUID department;

	UUID other;

	String clerk;

	String otherClerk;

	String monitor;

	String otherLeader;

	@BeforeEach
	void setUp() {
		fixture = TestPermitCases.in(context);
		department = TestStaff.unit(units, "统计测试局", "Statistics Test Bureau");
		other = TestStaff.unit(units, "统计别处局", "Other Statistics Bureau");
		clerk = TestStaff.withRole(accounts, department, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		otherClerk = TestStaff.withRole(accounts, other, "clerk", "周受理", PermitRoles.PERMIT_CLERK);
		otherLeader = TestStaff.withRole(accounts, other, "lead", "赵别处", PermitRoles.PERMIT_LEADER);
		monitor = TestStaff.withRole(accounts, TestStaff.unit(units, "督查科", "Inspection"), "mon", "蒋监察",
				PermitRoles.PERMIT_MONITOR);
	}

	@Test
	void the_summary_equals_a_plain_group_by_and_follows_every_change() {
		Scenario scenario = scenario();

		assertSameAsPlain();
		PermitStatistics.Row row = departmentRow(department);
		PermitFigures f = row.figures();
		assertThat(f.received()).isEqualTo(3);
		assertThat(f.receivedOnline()).isEqualTo(2);
		assertThat(f.onlineRate()).hasToString("66.7");
		assertThat(f.accepted()).isEqualTo(2);
		assertThat(f.decided()).isEqualTo(2);
		assertThat(f.decidedOnTime()).isEqualTo(1);
		assertThat(f.onTimeRate()).hasToString("50.0");
		// 03-03 → 03-10: 5 working days; 03-05 → 03-20: 11
		assertThat(f.decidedDays()).isEqualTo(16);
		assertThat(f.averageDays()).hasToString("8.0");
		assertThat(f.overdue()).isZero();
		assertThat(row.items()).isEqualTo(2);
		assertThat(row.onlineItems()).isEqualTo(1);
		assertThat(row.itemOnlineRate()).hasToString("50.0");
		assertThat(departmentRow(other).figures().overdue()).isEqualTo(1);

		// the third case is accepted and decided by whatever code: the summary follows
		jdbc.sql("""
				UPDATE permit_case SET state = 'CLOSED', accepted_at = :accepted, decided_at = :decided,
				    decision = 'REFUSED', closed_at = :decided WHERE id = :id""")
			.param("accepted", Timestamp.from(Instant.parse("2026-03-10T02:00:00Z")))
			.param("decided", Timestamp.from(Instant.parse("2026-03-12T02:00:00Z")))
			.param("id", scenario.waiting().id())
			.update();
		assertSameAsPlain();
		assertThat(departmentRow(department).figures().decided()).isEqualTo(3);
		assertThat(departmentRow(department).figures().decidedDays()).isEqualTo(18);
	}

	@Test
	void the_page_only_reads_and_the_scheduled_job_brings_the_summary_up_to_date() {
		Scenario scenario = scenario();
		jobs.run(StatisticsRefresh.JOB);
		String path = "/workbench/permit/supervision/statistics?year=2026&from=1&to=12&department=" + department;
		assertThat(departmentRow(department).figures().decided()).isEqualTo(2);

		jdbc.sql("""
				UPDATE permit_case SET state = 'CLOSED', accepted_at = :accepted, decided_at = :decided,
				    decision = 'REFUSED', closed_at = :decided WHERE id = :id""")
			.param("accepted", Timestamp.from(Instant.parse("2026-03-10T02:00:00Z")))
			.param("decided", Timestamp.from(Instant.parse("2026-03-12T02:00:00Z")))
			.param("id", scenario.waiting().id())
			.update();
		long marked = stale();
		assertThat(marked).as("the change is marked for the job").isPositive();

		// the page and /performance read what the summary holds, and write nothing
		assertThat(page(path, monitor)).contains("统计测试局");
		assertThat(mvc.get().uri("/performance").exchange().getResponse().getStatus()).isEqualTo(200);
		assertThat(stale()).isEqualTo(marked);
		assertThat(departmentRow(department).figures().decided()).isEqualTo(2);

		jobs.run(StatisticsRefresh.JOB);
		assertThat(stale()).isZero();
		assertThat(departmentRow(department).figures().decided()).isEqualTo(3);
		for (Grouping by : List.of(Grouping.DEPARTMENT, Grouping.ITEM)) {
			assertThat(statistics.table(AccessScope.everything(), JANUARY, DECEMBER, department, by, false)
				.total()
				.figures()
				.decided()).as(by.name()).isEqualTo(3);
		}
		assertSameAsPlain();
	}

	private long stale() {
		return jdbc.sql("SELECT count(*) FROM permit_statistics_stale").query(Long.class).single();
	}

	@Test
	void working_days_in_sql_are_the_calendars() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		List<String> differences = new ArrayList<>();
		for (int from = 0; from < 330; from += 7) {
			for (int length : new int[] { 1, 3, 9, 20, 45 }) {
				LocalDate a = start.plusDays(from);
				LocalDate b = a.plusDays(length);
				long sql = jdbc.sql("SELECT permit_working_day_index(?) - permit_working_day_index(?)")
					.params(java.sql.Date.valueOf(b), java.sql.Date.valueOf(a))
					.query(Long.class)
					.single();
				int java = calendar.workingDaysBetween(a, b);
				if (sql != java) {
					differences.add(a + "→" + b + ": " + sql + " vs " + java);
				}
			}
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void the_page_and_its_export_show_the_departments_figures_to_those_who_may_read_them() throws Exception {
		scenario();
		jobs.run(StatisticsRefresh.JOB);
		String path = "/workbench/permit/supervision/statistics?year=2026&from=1&to=12&department=" + department;

		String page = page(path, monitor);
		assertThat(page).contains("统计测试局", "66.7%", "50.0%", "8.0", "目标 80%", "<svg", "指标说明");
		var export = mvc.get()
			.uri("/workbench/permit/supervision/statistics/export.xlsx?year=2026&from=1&to=12&department=" + department)
			.with(user(users.loadUserByUsername(monitor)))
			.exchange()
			.getResponse();
		assertThat(export.getStatus()).isEqualTo(200);
		List<List<String>> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				row.forEach((cell) -> values.add(formatter.formatCellValue(cell)));
				cells.add(values);
			}
		}
		assertThat(cells).anySatisfy((row) -> {
			assertThat(row.get(0)).contains("统计测试局");
			assertThat(row.subList(1, row.size())).containsExactly("3", "2", "66.7%", "2", "1", "50.0%", "2", "2", "1",
					"50.0%", "8.0", "0");
		});
		assertThat(cells).anySatisfy((row) -> assertThat(row).startsWith("合计", "3", "2", "66.7%"));

		assertThat(status(path, otherLeader)).isEqualTo(404);
		assertThat(status(path, clerk)).isEqualTo(403);
		assertThat(status("/workbench/permit/supervision/statistics?year=2026&department=" + other, otherLeader))
			.isEqualTo(200);
		assertThat(mvc.get().uri("/performance").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("行政许可办理情况", "行政许可项目在线处理率", "目标 80%")
			.as("definitions filled in")
			.doesNotContain("{0}");
	}

	/** The cases of the department and of the other one (see the assertions). */
	private Scenario scenario() {
		Guide online = fixture.guide(department, LimitKind.SINGLE, 20, 5);
		Guide offline = fixture.guide(department, LimitKind.SINGLE, 20, 5);
		jdbc.sql("UPDATE permit_guide SET online = false WHERE id = ?").param(offline.id()).update();
		Guide elsewhere = fixture.guide(other, LimitKind.SINGLE, 20, 5);

		PermitCase onTime = accepted(online, true, "2026-03-02T02:00:00Z", "2026-03-03T02:00:00Z", clerk);
		decide(onTime, "2026-03-10T02:00:00Z");
		PermitCase late = accepted(offline, false, "2026-03-05T01:00:00Z", "2026-03-05T02:00:00Z", clerk);
		decide(late, "2026-03-20T02:00:00Z");
		PermitCase waiting = fixture.submitted(online, fixture.citizen(), Instant.parse("2026-03-09T02:00:00Z"));
		PermitCase overdue = accepted(elsewhere, true, "2026-03-02T02:00:00Z", "2026-03-03T02:00:00Z", otherClerk);
		clock.set(Instant.parse("2026-03-11T02:00:00Z"));
		long clockId = overdue.promisedClockId();
		transactions.executeWithoutResult(
				(status) -> warnings.raise(clockId, WarningLevel.RED, Instant.parse("2026-03-10T15:59:59.999Z")));
		clock.reset();
		return new Scenario(onTime, late, waiting, overdue);
	}

	record Scenario(PermitCase onTime, PermitCase late, PermitCase waiting, PermitCase overdue) {
	}

	private PermitCase accepted(Guide guide, boolean online, String received, String accepted, String by) {
		clock.set(Instant.parse(accepted));
		PermitCase found = fixture.submitted(guide, online ? fixture.citizen() : null, Instant.parse(received));
		desk.accept(found.id(), by);
		clock.reset();
		return cases.findById(found.id()).orElseThrow();
	}

	private void decide(PermitCase found, String at) {
		jdbc.sql("""
				UPDATE permit_case SET state = 'CLOSED', decision = 'APPROVED', decided_at = :at, closed_at = :at
				WHERE id = :id""").param("at", Timestamp.from(Instant.parse(at))).param("id", found.id()).update();
	}

	private void assertSameAsPlain() {
		for (Grouping by : Grouping.values()) {
			assertThat(statistics.summarized(JANUARY, DECEMBER, null, by)).as(by.name())
				.isEqualTo(statistics.plain(JANUARY, DECEMBER, null, by));
		}
		assertThat(
				statistics.summarized(YearMonth.of(2026, 3), YearMonth.of(2026, 3), List.of(department), Grouping.ITEM))
			.isEqualTo(
					statistics.plain(YearMonth.of(2026, 3), YearMonth.of(2026, 3), List.of(department), Grouping.ITEM));
	}

	private PermitStatistics.Row departmentRow(UUID unit) {
		return statistics.table(AccessScope.everything(), JANUARY, DECEMBER, unit, Grouping.DEPARTMENT, false)
			.rows()
			.stream()
			.filter((row) -> unit.equals(row.figures().department()))
			.findFirst()
			.orElseThrow();
	}

	private String page(String uri, String username) {
		var result = mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private int status(String uri, String username) {
		return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange().getResponse().getStatus();
	}

}
