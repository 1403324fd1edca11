package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.FollowUpWay;
import org.zhengtong.interaction.GiveRating;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.InviteRating;
import org.zhengtong.interaction.RatedService;
import org.zhengtong.interaction.RatedSubject;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.interaction.RecordFollowUp;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 差评整改 across units: the receiving office follows every unit's rectifications — open,
 * overdue or closed by 回访 — filtered by unit, state and due date, 20 a page; a unit's
 * leaders see only their own unit's (another unit's answers 404, and naming it in the
 * filter finds nothing); only the unit's leaders record the 回访.
 */
@IntegrationTest
class RectificationListIntegrationTests {

	@Autowired
	RatingManagement ratings;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestClock clock;

	UUID unitA;

	UUID unitB;

	String leaderA;

	String leaderB;

	String office;

	String tag;

	@BeforeEach
	void units() {
		unitA = TestStaff.unit(units, "整改甲局", "Remedy Bureau A");
		unitB = TestStaff.unit(units, "整改乙局", "Remedy Bureau B");
		leaderA = TestStaff.withRole(accounts, unitA, "rla", "甲审核", InteractionRoles.INTERACTION_LEADER);
		leaderB = TestStaff.withRole(accounts, unitB, "rlb", "乙审核", InteractionRoles.INTERACTION_LEADER);
		UUID officeUnit = TestStaff.unit(units, "来信办", "Letters Office");
		office = TestStaff.withRole(accounts, officeUnit, "rof", "受理员", InteractionRoles.LETTER_ACCEPTOR);
		tag = UUID.randomUUID().toString().substring(0, 6);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void the_office_follows_every_units_rectifications_and_a_leader_only_their_own() {
		Instant now = Instant.now();
		clock.set(now.minus(Duration.ofDays(60)));
		UUID overdueA = poorRating(unitA, tag + "甲局逾期整改");
		clock.reset();
		UUID openA = poorRating(unitA, tag + "甲局待回访整改");
		UUID openB = poorRating(unitB, tag + "乙局待回访整改");
		UUID closedB = poorRating(unitB, tag + "乙局已回访整改");
		ratings.rectify(new RecordFollowUp(closedB, true, "属实。", "已整改。", LocalDate.now(clock), FollowUpWay.PHONE,
				"群众满意。", leaderB));

		// The office: every unit, narrowed by unit and state.
		assertThat(page("/workbench/rectifications?state=ALL&unit=" + unitA, office))
			.contains("共 2 条", tag + "甲局逾期整改", tag + "甲局待回访整改")
			.doesNotContain(tag + "乙局");
		assertThat(page("/workbench/rectifications?state=OVERDUE&unit=" + unitA, office))
			.contains("共 1 条", tag + "甲局逾期整改")
			.doesNotContain(tag + "甲局待回访整改");
		assertThat(page("/workbench/rectifications?state=CLOSED&unit=" + unitB, office))
			.contains("共 1 条", tag + "乙局已回访整改")
			.doesNotContain(tag + "乙局待回访整改");
		assertThat(page("/workbench/rectifications?state=OPEN&unit=" + unitB, office))
			.contains("共 1 条", tag + "乙局待回访整改")
			.doesNotContain(tag + "乙局已回访整改");
		// By due date: the one due some 40 days ago, not those due in three weeks.
		LocalDate today = LocalDate.now(clock);
		assertThat(page("/workbench/rectifications?state=ALL&unit=" + unitA + "&dueFrom=" + today.minusDays(70)
				+ "&dueTo=" + today.minusDays(10), office))
			.contains("共 1 条", tag + "甲局逾期整改")
			.doesNotContain(tag + "甲局待回访整改");

		// The office reads a rectification but the 回访 is the unit's to record.
		String detail = page("/workbench/rectifications/" + openA, office);
		assertThat(detail).contains(tag + "甲局待回访整改", "回访由该单位的答复审核人记录").doesNotContain("记录回访并办结");
		assertThat(status(mvc.post().uri("/workbench/rectifications/" + openA).with(csrf()), office)).isEqualTo(403);
		assertThat(page("/workbench/rectifications/" + openA, leaderA)).contains("记录回访并办结");

		// A leader of unit B: unit B's only, even when asking for unit A's.
		assertThat(page("/workbench/rectifications?state=ALL", leaderB))
			.contains("共 2 条", tag + "乙局待回访整改", tag + "乙局已回访整改")
			.doesNotContain(tag + "甲局");
		assertThat(page("/workbench/rectifications?state=ALL&unit=" + unitA, leaderB)).contains("共 0 条")
			.doesNotContain(tag + "甲局");
		assertThat(status(mvc.get().uri("/workbench/rectifications/" + overdueA), leaderB)).isEqualTo(404);
		assertThat(status(mvc.get().uri("/workbench/rectifications/" + openB), leaderA)).isEqualTo(404);
		String plain = TestStaff.staff(accounts, unitA, "rps", "科员", "Qinchuan@2026");
		assertThat(status(mvc.get().uri("/workbench/rectifications"), plain)).isEqualTo(403);
	}

	@Test
	void twenty_rectifications_a_page_the_21st_on_page_2() {
		Instant start = Instant.now().minus(Duration.ofHours(2));
		for (int i = 1; i <= 21; i++) {
			clock.set(start.plus(Duration.ofMinutes(i)));
			poorRating(unitA, tag + String.format("第%02d条差评", i));
		}
		clock.reset();
		String first = page("/workbench/rectifications?state=OPEN&unit=" + unitA, office);
		assertThat(first).contains("共 21 条", "第 1 / 2 页", tag + "第01条差评", tag + "第20条差评")
			.doesNotContain(tag + "第21条差评");
		String second = page("/workbench/rectifications?state=OPEN&unit=" + unitA + "&page=1", office);
		assertThat(second).contains("第 2 / 2 页", tag + "第21条差评").doesNotContain(tag + "第01条差评");
	}

	/** A 非常不满意 of a service of {@code unit}: its rectification's id. */
	private UUID poorRating(UUID unit, String title) {
		RatedSubject subject = new RatedSubject("list.test", UUID.randomUUID().toString());
		ratings.invite(new InviteRating(subject, unit,
				new RatedService("interaction.letter.COMPLAINT", "投诉", "Complaints"), title, null));
		UUID rectification = ratings
			.rate(new GiveRating(subject, RatingLevel.VERY_DISSATISFIED, "不满意。", AccountManagement.SYSTEM))
			.rectification();
		assertThat(rectification).as("a 差评 opens a rectification").isNotNull();
		return rectification;
	}

	private String page(String uri, String username) {
		MvcTestResult result = mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private int status(MockMvcTester.MockMvcRequestBuilder request, String username) {
		return request.with(user(users.loadUserByUsername(username))).exchange().getResponse().getStatus();
	}

}
