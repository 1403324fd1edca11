package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.GiveRating;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.InviteRating;
import org.zhengtong.interaction.RatedService;
import org.zhengtong.interaction.RatedSubject;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.interaction.RatingView;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 差评整改 as a unit leader sees it: a 非常不满意 waits in the list under 差评整改, its page takes the
 * verification, measures and 回访 by keyboard-usable fields, and the record is shown once
 * closed; the public 评议 page counts it. axe-core finds nothing on any of them.
 */
@IntegrationTest
class RectificationBrowserTests extends BrowserTestSupport {

	@Autowired
	RatingManagement ratings;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Test
	void a_leader_follows_up_a_poor_rating_and_the_public_page_counts_it() throws Exception {
		UUID unit = TestStaff.unit(units, "住建局", "Housing Bureau");
		String leader = TestStaff.withRole(accounts, unit, "lead", "答复审核人", InteractionRoles.INTERACTION_LEADER);
		String title = "2026-" + UUID.randomUUID().toString().substring(0, 6) + " 关于小区电梯维修的问题";
		RatedSubject subject = new RatedSubject("browser.test", UUID.randomUUID().toString());
		ratings.invite(new InviteRating(subject, unit,
				new RatedService("interaction.letter.COMPLAINT", "投诉", "Complaints"), title, null));
		RatingView rating = ratings
			.rate(new GiveRating(subject, RatingLevel.VERY_DISSATISFIED, "电梯仍未修好。", AccountManagement.SYSTEM));

		signIn(leader, "Qinchuan@2026");
		open("/workbench/rectifications");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(title, "非常不满意", "待回访");
		assertThat(seriousProblems()).as("rectification list").isEmpty();
		browser.findElement(By.partialLinkText(title)).click();
		assertThat(browser.getCurrentUrl()).endsWith("/workbench/rectifications/" + rating.rectification());
		assertThat(seriousProblems()).as("rectification form").isEmpty();
		keepScreenshot("1-rectification-form");

		browser.findElement(By.id("valid-true")).click();
		browser.findElement(By.id("finding")).sendKeys("物业未按约定报修。");
		browser.findElement(By.id("measures")).sendKeys("已督促物业更换电梯配件。");
		new Select(browser.findElement(By.id("way"))).selectByVisibleText("电话");
		browser.findElement(By.id("result")).sendKeys("群众表示电梯已恢复使用。");
		submitAndWait(By.cssSelector("form[action*='/workbench/rectifications/'] button[type=submit]"));
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("已记录回访", "已回访", "群众表示电梯已恢复使用。", "物业未按约定报修。");
		assertThat(seriousProblems()).as("rectification closed").isEmpty();
		keepScreenshot("2-rectification-closed");

		browser.manage().deleteAllCookies();
		open("/interaction/ratings");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("政务服务评议", "满意率", "投诉");
		assertThat(seriousProblems()).as("评议 page").isEmpty();
		keepScreenshot("3-ratings-page");
	}

}
