package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 催办 by the clock: a letter whose reply clock turns yellow and then red urges the handler
 * who took it and the unit's leader once each time, in the message centre and by e-mail,
 * however often the sweep runs; the unit's other handler and another unit's leader hear
 * nothing, and the queue shows the letter 超期 and 已催办.
 */
@IntegrationTest
class ReplyUrgingIntegrationTests {

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	Deadlines deadlines;

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
	void a_reply_turning_yellow_then_red_urges_its_handler_and_leader_once_each_in_the_centre_and_by_mail() {
		RoutedLetters routing = new RoutedLetters(letters, cases, codes, deadlines, transactions, jdbc);
		UUID unit = TestStaff.unit(units, "催办测试局", "Urging Test Bureau");
		String handler = withMail(TestStaff.withRole(accounts, unit, "hnd", "甲承办", InteractionRoles.LETTER_HANDLER));
		String other = withMail(TestStaff.withRole(accounts, unit, "hnd2", "乙承办", InteractionRoles.LETTER_HANDLER));
		String leader = withMail(
				TestStaff.withRole(accounts, unit, "lead", "丙审核", InteractionRoles.INTERACTION_LEADER));
		String farLeader = withMail(
				TestStaff.withRole(accounts, TestStaff.unit(units, "别处催办局", "Elsewhere Urging Bureau"), "far", "丁审核",
						InteractionRoles.INTERACTION_LEADER));

		// Routed Mon 2031-03-03 10:00 with 5 working days (weekends only that year): due
		// at
		// the end of Mon 03-10, yellow from the start of the 4th working day, Fri 03-07.
		Instant routed = Instant.parse("2031-03-03T02:00:00Z");
		clock.set(routed);
		Letter letter = routing.routed(
				routing.submitted(Door.SUGGESTION, "建议增设公交线路", "钱多多", null, routed.minusSeconds(3600)), unit, 5,
				routed);
		assertThat(mvc.post()
			.uri("/workbench/letters/" + letter.id() + "/take")
			.with(user(users.loadUserByUsername(handler)))
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(302);

		clock.set(Instant.parse("2031-03-06T02:00:00Z"));
		jobs.run("casework.deadline-sweep");
		assertThat(urges(letter)).as("still green on 03-06").isZero();

		clock.set(Instant.parse("2031-03-07T02:00:00Z"));
		jobs.run("casework.deadline-sweep");
		jobs.run("casework.deadline-sweep");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> messages(handler, "LETTER_DUE_SOON", letter) == 1
					&& messages(leader, "LETTER_DUE_SOON", letter) == 1);
		assertThat(mails(handler, "催办：来信 " + letter.number() + " 答复期限将到")).isEqualTo(1);
		assertThat(mails(leader, "催办：来信 " + letter.number() + " 答复期限将到")).isEqualTo(1);

		clock.set(Instant.parse("2031-03-11T02:00:00Z"));
		jobs.run("casework.deadline-sweep");
		jobs.run("casework.deadline-sweep");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> messages(handler, "LETTER_OVERDUE", letter) == 1
					&& messages(leader, "LETTER_OVERDUE", letter) == 1);
		awaitListenersDone(letter.id().toString());

		for (String urged : new String[] { handler, leader }) {
			assertThat(messages(urged, "LETTER_DUE_SOON", letter)).as(urged).isEqualTo(1);
			assertThat(messages(urged, "LETTER_OVERDUE", letter)).as(urged).isEqualTo(1);
			assertThat(mails(urged, "催办：来信 " + letter.number() + " 答复已超期")).as(urged).isEqualTo(1);
		}
		for (String nobody : new String[] { other, farLeader }) {
			assertThat(messages(nobody, "LETTER_DUE_SOON", letter)).as(nobody).isZero();
			assertThat(messages(nobody, "LETTER_OVERDUE", letter)).as(nobody).isZero();
			assertThat(mails(nobody, null)).as(nobody).isZero();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> urges(letter) == 2);
		assertThat(centre(leader)).contains("催办：来信 " + letter.number() + " 答复已超期");
		String queue = page("/workbench/unit-letters", handler);
		assertThat(queue).contains("建议增设公交线路", "2031-03-10", "超期", "已催办", "甲承办");
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

	private long messages(String username, @org.jspecify.annotations.Nullable String type, Letter letter) {
		return jdbc.sql("""
				SELECT count(*) FROM notification_message m JOIN identity_account a ON a.id = m.recipient_id
				WHERE a.username = :username AND m.in_app AND m.title LIKE :number
				  AND (CAST(:type AS text) IS NULL OR m.event_type = :type)""")
			.param("username", username)
			.param("number", "%" + letter.number() + "%")
			.param("type", type)
			.query(Long.class)
			.single();
	}

	private long mails(String username, @org.jspecify.annotations.Nullable String subject) {
		return jdbc.sql("""
				SELECT count(*) FROM notification_mail
				WHERE recipient = :recipient AND (CAST(:subject AS text) IS NULL OR subject = :subject)""")
			.param("recipient", username + "@example.com")
			.param("subject", subject)
			.query(Long.class)
			.single();
	}

	private String centre(String username) {
		return page("/workbench/messages", username);
	}

	private String page(String uri, String username) {
		var result = mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** Until no publication about this letter waits for its listeners. */
	private void awaitListenersDone(String marker) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
				.param("%" + marker + "%")
				.query(Long.class)
				.single() == 0);
	}

}
