package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 本单位来信 pages, filters and counts in SQL over the reply clocks: the unit's letters by
 * reply deadline (not by arrival), 20 a page, the 21st on page 2; narrowed by clock
 * colour, handler and number or title, the handler's own first when asked; another unit's
 * letters never shown.
 */
@IntegrationTest
class UnitQueueIntegrationTests {

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	Deadlines deadlines;

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

	RoutedLetters routing;

	UUID unit;

	String handler;

	String tag;

	@BeforeEach
	void unit() {
		routing = new RoutedLetters(letters, cases, codes, deadlines, transactions, jdbc);
		unit = TestStaff.unit(units, "队列测试局", "Queue Test Bureau");
		handler = TestStaff.withRole(accounts, unit, "qh", "甲承办", InteractionRoles.LETTER_HANDLER);
		tag = "队" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void the_queue_runs_by_reply_deadline_twenty_a_page_and_the_21st_letter_is_on_page_2() {
		Instant now = clock.instant();
		// The first to arrive is due last: a queue by arrival would show it first.
		for (int i = 1; i <= 21; i++) {
			routed(title(i), 22 - i, now.minus(Duration.ofMinutes(30 - i)));
		}

		String first = page("/workbench/unit-letters", handler);
		assertThat(first).contains("共 21 件", "第 1 / 2 页", title(21), title(2)).doesNotContain(title(1));
		assertThat(first.indexOf(title(21))).as("the soonest due first").isLessThan(first.indexOf(title(20)));

		String second = page("/workbench/unit-letters?page=1", handler);
		assertThat(second).contains("共 21 件", "第 2 / 2 页", title(1)).doesNotContain(title(2), title(21));
		// The pager keeps the filters: its link back carries them.
		assertThat(second).contains("handler=ANY");
	}

	@Test
	void colour_handler_and_text_narrow_the_queue_and_the_handlers_own_come_first_when_asked() {
		Instant now = clock.instant();
		Letter overdue = routed(tag + "逾期来信", 1, now.minus(Duration.ofDays(60)));
		Letter soon = routed(tag + "将到期来信", 3, now);
		Letter mine = routed(tag + "我办理的来信", 10, now);
		handling.take(mine.id(), handler);
		UUID elsewhere = TestStaff.unit(units, "别的队列局", "Other Queue Bureau");
		routing.routed(routing.submitted(Door.COMPLAINT, tag + "别的单位来信", "赵六", null, now), elsewhere, 1, now);

		String all = page("/workbench/unit-letters", handler);
		assertThat(all).contains("共 3 件").doesNotContain(tag + "别的单位来信");
		assertThat(all.indexOf(tag + "逾期来信")).isLessThan(all.indexOf(tag + "将到期来信"));
		assertThat(all.indexOf(tag + "将到期来信")).isLessThan(all.indexOf(tag + "我办理的来信"));

		assertThat(page("/workbench/unit-letters?colour=RED", handler)).contains("共 1 件", tag + "逾期来信")
			.doesNotContain(tag + "将到期来信", tag + "我办理的来信");
		assertThat(page("/workbench/unit-letters?handler=MINE", handler)).contains("共 1 件", tag + "我办理的来信")
			.doesNotContain(tag + "逾期来信");
		assertThat(page("/workbench/unit-letters?handler=NONE", handler)).contains("共 2 件", tag + "逾期来信", tag + "将到期来信")
			.doesNotContain(tag + "我办理的来信");
		assertThat(page("/workbench/unit-letters?q=" + soon.number(), handler)).contains("共 1 件", tag + "将到期来信");
		assertThat(page("/workbench/unit-letters?q=" + tag + "逾期", handler)).contains("共 1 件", tag + "逾期来信");
		// A text of another unit's letter finds nothing here.
		assertThat(page("/workbench/unit-letters?q=" + tag + "别的单位", handler)).contains("共 0 件");

		String mineFirst = page("/workbench/unit-letters?mineFirst=true", handler);
		assertThat(mineFirst.indexOf(tag + "我办理的来信")).isLessThan(mineFirst.indexOf(tag + "逾期来信"));
		assertThat(mineFirst.indexOf(tag + "逾期来信")).isLessThan(mineFirst.indexOf(tag + "将到期来信"));
		assertThat(overdue.number()).isNotEqualTo(soon.number());
	}

	private String title(int i) {
		return tag + String.format("第%02d件", i);
	}

	private Letter routed(String title, int replyDays, Instant at) {
		return routing.routed(routing.submitted(Door.CONSULTATION, title, "王五", null, at), unit, replyDays, at);
	}

	private String page(String uri, String username) {
		MvcTestResult result = mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
