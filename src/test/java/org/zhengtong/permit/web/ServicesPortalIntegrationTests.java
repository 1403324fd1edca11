package org.zhengtong.permit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.permit.internal.CatalogueDesk;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.GuideContent;
import org.zhengtong.permit.internal.TestGuides;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 办事服务 on the portal: the items in force by theme, department and 个人/法人 with a text
 * filter, and each guide in plain words with its limits in working days, fee, counter and
 * 在线申报 (or 请到窗口办理); drafts and withdrawn items are not there.
 */
@IntegrationTest
class ServicesPortalIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogueDesk desk;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	UUID department;

	String manager;

	String leader;

	@BeforeEach
	void staff() {
		department = TestStaff.unit(units, "门户局", "Portal bureau");
		manager = TestStaff.withRole(accounts, department, "sm", "事项壬", PermitRoles.ITEM_MANAGER);
		leader = TestStaff.withRole(accounts, department, "sl", "负责癸", PermitRoles.PERMIT_LEADER);
	}

	@Test
	void a_published_guide_is_listed_and_shown_with_every_part() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID health = TestStaff.unit(units, "卫健委", "Health commission");
		Guide online = publish(Audience.ENTERPRISE, PermitTheme.FOOD_AND_DRUGS,
				TestGuides.joint("餐饮服务许可" + tag, Set.of(health)));
		Guide counter = publish(Audience.CITIZEN, PermitTheme.FAMILY, offline(TestGuides.content("生育登记" + tag)));
		String onlineCode = desk.item(online.itemId()).code();
		String counterCode = desk.item(counter.itemId()).code();
		Guide draftOnly = desk.create(code(), Audience.CITIZEN, PermitTheme.FAMILY, TestGuides.content("草稿事项" + tag),
				manager);

		assertThat(mvc.get().uri("/services?q=" + tag).exchange()).hasStatusOk()
			.bodyText()
			.contains("<h1>政务服务</h1>", "餐饮服务许可" + tag, "生育登记" + tag, "href=\"/services/items/" + onlineCode + "\"",
					"法定 45 个工作日 / 承诺 30 个工作日", "共 2 个事项", "国家政务服务平台")
			.doesNotContain("草稿事项" + tag);
		assertThat(mvc.get().uri("/services?kind=CITIZEN&q=" + tag).exchange()).bodyText()
			.contains("生育登记" + tag)
			.doesNotContain("餐饮服务许可" + tag);
		assertThat(mvc.get().uri("/services?kind=ENTERPRISE&q=" + tag).exchange()).bodyText()
			.contains("餐饮服务许可" + tag)
			.doesNotContain("生育登记" + tag);
		assertThat(mvc.get().uri("/services?theme=FAMILY&q=" + tag).exchange()).bodyText()
			.doesNotContain("餐饮服务许可" + tag);
		assertThat(mvc.get().uri("/services?unit=" + department + "&q=" + tag).exchange()).bodyText()
			.contains("共 2 个事项");
		assertThat(mvc.get().uri("/services?unit=" + health + "&q=" + tag).exchange()).bodyText()
			.contains("共 0 个事项", "没有找到符合条件的事项");

		assertThat(mvc.get().uri("/services/items/" + onlineCode).exchange()).hasStatusOk()
			.bodyText()
			.contains("<h1>餐饮服务许可" + tag + "</h1>", "法定 45 个工作日 / 承诺 30 个工作日", "《中华人民共和国食品安全法》第三十五条", "在本市依法登记的食品经营者。",
					"食品经营许可申请书", "原件1份", "申请、受理、审查、决定、发证。", "每件 50 元", "陕价费发〔2020〕1号", "秦川市政务服务中心二楼 12 号窗口",
					"029-12345678", "周一至周五 9:00—17:00", "href=\"/services/items/" + onlineCode + "/apply\"", ">在线申报<",
					"本事项实行并联审批，同时由秦川市卫健委");
		assertThat(mvc.get().uri("/services/items/" + counterCode).exchange()).hasStatusOk()
			.bodyText()
			.contains("不收费", "请到窗口办理")
			.doesNotContain("/apply");
		assertThat(mvc.get().uri("/en/services/items/" + counterCode).exchange()).hasStatusOk()
			.bodyText()
			.contains("Free of charge", "Apply at the counter", "href=\"/en/services\"");
		assertThat(mvc.get().uri("/en/services?q=" + tag).exchange()).hasStatusOk()
			.bodyText()
			.contains("href=\"/en/services/items/" + onlineCode + "\"");

		assertThat(mvc.get().uri("/services/items/" + desk.item(draftOnly.itemId()).code()).exchange())
			.as("a draft is not public")
			.hasStatus(404);
		desk.withdraw(counter.itemId(), manager);
		assertThat(mvc.get().uri("/services/items/" + counterCode).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/services?q=" + tag).exchange()).bodyText().doesNotContain("生育登记" + tag);
	}

	@Test
	void the_list_finds_an_item_by_another_name_and_shows_the_version_in_force() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Guide first = publish(Audience.BOTH, PermitTheme.CULTURE,
				TestGuides.content("营业性演出许可" + tag, "办演唱会" + tag, 10));
		assertThat(mvc.get().uri("/services?q=办演唱会" + tag).exchange()).bodyText().contains("营业性演出许可" + tag);
		Guide next = desk.newDraft(first.itemId(), manager);
		desk.revise(next.id(), next.version(), TestGuides.content("营业性演出审批" + tag, "办演唱会" + tag, 8), manager);
		String code = desk.item(first.itemId()).code();
		assertThat(mvc.get().uri("/services/items/" + code).exchange()).bodyText()
			.as("the draft is not shown until published")
			.contains("营业性演出许可" + tag);
		desk.submit(next.id(), manager);
		desk.publish(next.id(), null, leader);
		assertThat(mvc.get().uri("/services/items/" + code).exchange()).bodyText()
			.contains("营业性演出审批" + tag, "承诺 8 个工作日")
			.doesNotContain("营业性演出许可" + tag);
	}

	private Guide publish(Audience audience, PermitTheme theme, GuideContent content) {
		Guide draft = desk.create(code(), audience, theme, content, manager);
		desk.submit(draft.id(), manager);
		return desk.publish(draft.id(), null, leader);
	}

	private static GuideContent offline(GuideContent c) {
		return new GuideContent(c.name(), c.nameEn(), c.synonyms(), c.basis(), c.conditions(), c.process(),
				c.limitKind(), c.legalDays(), c.promisedDays(), null, null, c.windowAddress(), c.windowPhone(),
				c.windowHours(), false, false, null, c.materials(), List.of(), Set.of());
	}

	private static String code() {
		return "S-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
