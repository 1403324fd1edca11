package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 重办: a re-opened letter gets a new reply clock for the unit that answered, on the door's
 * reply limit counted afresh from the day of the 重办 (民法典 art. 201: that day not counted)
 * over the 2026 holidays; the unit's queue orders it by that date, the clock urges at
 * yellow and at red as the first one did, and the second reply stops it.
 */
@IntegrationTest
class ReopenClockIntegrationTests {

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	Deadlines deadlines;

	@Autowired
	LetterRatings ratings;

	@Autowired
	LetterHandling handling;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	TestClock clock;

	@Autowired
	ScheduledJobs jobs;

	@Test
	void a_reopened_letter_runs_on_a_new_reply_clock_urged_at_yellow_and_red_and_stopped_by_the_second_reply() {
		RoutedLetters routing = new RoutedLetters(letters, cases, codes, deadlines, transactions, jdbc);
		UUID unit = TestStaff.unit(units, "重办测试局", "Reopening Test Bureau");
		String handler = withMail(TestStaff.withRole(accounts, unit, "hnd", "甲承办", InteractionRoles.LETTER_HANDLER));
		String leader = withMail(
				TestStaff.withRole(accounts, unit, "lead", "乙审核", InteractionRoles.INTERACTION_LEADER));

		// 投诉 answered on Monday 2026-09-28.
		clock.set(LocalDateTime.of(2026, 9, 28, 9, 0));
		Letter letter = routing.routed(
				routing.submitted(Door.COMPLAINT, "投诉学校周边占道经营", "孙小梅", null, clock.instant().minusSeconds(7200)), unit,
				15, clock.instant());
		handling.take(letter.id(), handler);
		handling.submit(letter.id(), "已责成城管部门清理。", handler);
		handling.approve(letter.id(), null, leader);
		long firstClock = routing.reload(letter).replyClockId();
		assertThat(deadlines.view(firstClock).colour()).isEqualTo(ClockColour.STOPPED);

		// 重办 on Tuesday 09-29: 15 working days from Wednesday 09-30 (1), 国庆 10-01…07 off,
		// 10-08 (2), 10-09 (3), Saturday 10-10 worked (调休, 4), 10-12…16 (5–9),
		// 10-19…23 (10–14), Monday 10-26 (15).
		clock.set(LocalDateTime.of(2026, 9, 29, 10, 0));
		ratings.reopen(letter.id(), "占道经营又出现了", AccountManagement.SYSTEM);
		Letter reopened = routing.reload(letter);
		assertThat(reopened.state()).isEqualTo(RequestState.REOPENED);
		assertThat(reopened.replyClockId()).isNotNull().isNotEqualTo(firstClock);
		ClockView again = deadlines.view(reopened.replyClockId());
		assertThat(again.amount()).isEqualTo(15);
		assertThat(again.dueDay()).isEqualTo(LocalDate.of(2026, 10, 26));
		assertThat(again.colour()).isEqualTo(ClockColour.GREEN);
		assertThat(deadlines.view(firstClock).colour()).as("the first clock stays stopped")
			.isEqualTo(ClockColour.STOPPED);

		// The queue runs by due date: a 咨询 routed the same day (5 working days, due
		// 10-12) comes before it.
		Letter sooner = routing.routed(
				routing.submitted(Door.CONSULTATION, "咨询学区划分", "周小兰", null, clock.instant().minusSeconds(600)), unit, 5,
				clock.instant());
		String queue = page("/workbench/unit-letters", handler);
		assertThat(queue).contains(letter.number(), "2026-10-26", sooner.number(), "2026-10-12");
		assertThat(queue.indexOf(sooner.number())).isLessThan(queue.indexOf(letter.number()));

		// Yellow from the 12th working day (0.8 × 15), Wednesday 10-21; red after 10-26.
		clock.set(LocalDateTime.of(2026, 10, 20, 10, 0));
		jobs.run("casework.deadline-sweep");
		assertThat(urges(letter)).as("still green on 10-20").isZero();
		clock.set(LocalDateTime.of(2026, 10, 21, 10, 0));
		jobs.run("casework.deadline-sweep");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> messages(handler, "LETTER_DUE_SOON", letter) == 1
					&& messages(leader, "LETTER_DUE_SOON", letter) == 1);
		clock.set(LocalDateTime.of(2026, 10, 27, 10, 0));
		jobs.run("casework.deadline-sweep");
		jobs.run("casework.deadline-sweep");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> messages(handler, "LETTER_OVERDUE", letter) == 1
					&& messages(leader, "LETTER_OVERDUE", letter) == 1);
		await().atMost(Duration.ofSeconds(30)).until(() -> urges(letter) == 2);
		assertThat(page("/workbench/unit-letters", handler)).contains(letter.number(), "超期", "已催办");

		// The second reply stops it, and the letter leaves the queue.
		handling.take(letter.id(), handler);
		handling.submit(letter.id(), "已再次清理并安排每日巡查。", handler);
		handling.approve(letter.id(), null, leader);
		Letter answered = routing.reload(letter);
		assertThat(answered.state()).isEqualTo(RequestState.REPLIED);
		assertThat(answered.replyClockId()).isEqualTo(reopened.replyClockId());
		assertThat(deadlines.view(answered.replyClockId()).colour()).isEqualTo(ClockColour.STOPPED);
		assertThat(page("/workbench/unit-letters", handler)).doesNotContain(letter.number());
	}

	private String withMail(String username) {
		jdbc.sql("UPDATE identity_account SET email = ? WHERE username = ?")
			.params(username + "@example.com", username)
			.update();
		return username;
	}

	private long urges(Letter letter) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'interaction.letter.urge' AND object_id = ?")
			.param(letter.id().toString())
			.query(Long.class)
			.single();
	}

	private long messages(String username, String type, Letter letter) {
		return jdbc.sql("""
				SELECT count(*) FROM notification_message m JOIN identity_account a ON a.id = m.recipient_id
				WHERE a.username = :username AND m.in_app AND m.title LIKE :number AND m.event_type = :type""")
			.param("username", username)
			.param("number", "%" + letter.number() + "%")
			.param("type", type)
			.query(Long.class)
			.single();
	}

	private String page(String uri, String username) {
		var result = mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
