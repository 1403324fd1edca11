package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.content.AnnualReport.Applicant;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.content.DisclosureFields;
import org.zhengtong.content.DisclosureKind;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.content.Disclosures;
import org.zhengtong.content.RevisionState;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 依申请转主动 (政府信息公开条例 art. 44): the 信息公开专员 of the request's unit turns an answer that
 * disclosed information into a draft item of a disclosure channel — 发布机构 the unit, the
 * chosen 主题分类, the title from the request, the text from the answer without the applicant
 * — which waits for content's review and is published only by a reviewer; a second click
 * finds the same draft; another unit's officer is told it does not exist.
 */
@IntegrationTest
class ProactiveDisclosureIntegrationTests {

	@Autowired
	DisclosureRequestService service;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	Disclosures disclosures;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	UUID unit;

	String officer;

	String reviewer;

	ChannelView channel;

	@BeforeEach
	void aUnitWithAnOfficerWhoDraftsInADisclosureChannel() {
		unit = unitWithCreditCode("教育局");
		officer = TestStaff.withRole(accounts, unit, "gk", "信息公开专员", InteractionRoles.DISCLOSURE_OFFICER);
		accounts.grant(officer, ContentRoles.EDITOR);
		reviewer = TestStaff.withRole(accounts, unit, "rv", "审核发布人", ContentRoles.EDITOR);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		channel = channels.create("zh", null, "ysq-" + tag, "依申请转主动" + tag, ChannelKind.DISCLOSURE, null, 0, false,
				false, AccountManagement.SYSTEM);
		channels.grant(channel.id(), officer, "DRAFT", AccountManagement.SYSTEM);
		channels.grant(channel.id(), reviewer, "REVIEW", AccountManagement.SYSTEM);
	}

	@Test
	void art_44_the_units_officer_drafts_the_item_once_and_only_contents_reviewer_publishes_it() {
		DisclosureRequest request = received("2026年秦川市义务教育学校招生划片范围");
		MvcTestResult early = proactive(officer, request, channel.id());
		assertThat(early.getMvcResult().getFlashMap().get("error"))
			.isEqualTo("interaction.disclosure.refused.proactiveNotDisclosed");
		assertThat(page(officer, request)).doesNotContain("起草主动公开稿件");

		service.answer(request.id(), DisclosureReply.DISCLOSED, null,
				"王小明：您申请的划片范围如下。\n东城学区：东大街以北。\n如有疑问请致电 13912345678。", officer);
		assertThat(page(officer, request)).contains("依申请转主动公开", "起草主动公开稿件", channel.name());

		MvcTestResult drafted = proactive(officer, request, channel.id());
		assertThat(drafted.getMvcResult().getFlashMap().get("success"))
			.isEqualTo("interaction.disclosure.proactive.drafted");
		String location = drafted.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/workbench/articles/revisions/");
		long revisionId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		RevisionView revision = articles.revision(revisionId).orElseThrow();
		assertThat(revision.state()).isEqualTo(RevisionState.DRAFT);
		assertThat(revision.drafter()).isEqualTo(officer);
		assertThat(revision.channelId()).isEqualTo(channel.id());
		assertThat(revision.title()).isEqualTo("2026年秦川市义务教育学校招生划片范围");
		// as content keeps it (its sanitizer writes some characters as references)
		assertThat(HtmlUtils.htmlUnescape(revision.body()))
			.contains("<p>申请人：您申请的划片范围如下。</p>", "<p>东城学区：东大街以北。</p>", "139****5678")
			.doesNotContain("王小明", "13912345678");
		assertThat(disclosures.fields(revisionId)).hasValue(new DisclosureFields(unit,
				DisclosureTopic.SCIENCE_EDUCATION, DisclosureKind.DOCUMENT, null, null, null, null));
		assertThat(disclosures.item(revision.articleId())).as("nothing is published from here").isEmpty();

		// a second click goes to the same draft
		MvcTestResult again = proactive(officer, request, channel.id());
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(location);
		assertThat(again.getMvcResult().getFlashMap().get("success"))
			.isEqualTo("interaction.disclosure.proactive.existing");
		assertThat(channels.articleCount(channel.id())).isEqualTo(1);
		assertThat(page(officer, request)).contains("查看转主动公开稿件", location).doesNotContain("起草主动公开稿件");
		assertThat(status(officer, location)).isEqualTo(200);
		awaitAudit(request, "SUCCESS", 1);

		// content's normal review: sent by the drafter, published by a reviewer
		articles.submit(revisionId, officer);
		articles.publish(revisionId, reviewer);
		assertThat(disclosures.item(revision.articleId())).hasValueSatisfying((item) -> {
			assertThat(item.unitId()).isEqualTo(unit);
			assertThat(item.topic()).isEqualTo(DisclosureTopic.SCIENCE_EDUCATION);
			assertThat(item.indexNumber()).contains("/" + LocalDate.now(clock).getYear() + "-");
		});
		assertThat(articles.history(revision.articleId()).get(0).state()).isEqualTo(RevisionState.PUBLISHED);
	}

	@Test
	void another_units_officer_gets_404_and_an_officer_without_a_channel_is_told_what_is_missing() {
		DisclosureRequest request = received("关于校车采购的合同");
		service.answer(request.id(), DisclosureReply.PARTLY_DISCLOSED, DisclosureGround.THIRD_PARTY,
				"合同主要条款予以公开，报价明细涉及商业秘密不予公开。", officer);
		UUID elsewhere = unitWithCreditCode("卫健委");
		String stranger = TestStaff.withRole(accounts, elsewhere, "gk", "信息公开专员", InteractionRoles.DISCLOSURE_OFFICER);
		accounts.grant(stranger, ContentRoles.EDITOR);
		channels.grant(channel.id(), stranger, "DRAFT", AccountManagement.SYSTEM);
		String leader = TestStaff.withRole(accounts, unit, "ld", "答复审核人", InteractionRoles.INTERACTION_LEADER);

		assertThat(proactive(stranger, request, channel.id()).getResponse().getStatus()).isEqualTo(404);
		assertThat(proactive(leader, request, channel.id()).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(leader, request)).doesNotContain("依申请转主动公开");
		assertThat(channels.articleCount(channel.id())).isZero();
		awaitAudit(request, "DENIED", 2);

		// the unit's officer not yet given a disclosure channel in content
		String newcomer = TestStaff.withRole(accounts, unit, "gk", "新任公开专员", InteractionRoles.DISCLOSURE_OFFICER);
		assertThat(page(newcomer, request)).contains("依申请转主动公开", "请网站管理员为您开通网站编辑角色").doesNotContain("起草主动公开稿件");
		MvcTestResult refused = proactive(newcomer, request, channel.id());
		assertThat(refused.getMvcResult().getFlashMap().get("error"))
			.isEqualTo("interaction.disclosure.refused.proactiveNoChannel");
		assertThat(channels.articleCount(channel.id())).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_disclosure_proactive WHERE request_id = ?")
			.param(request.id())
			.query(Long.class)
			.single()).isZero();
	}

	private UUID unitWithCreditCode(String name) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String first17 = "11619700MB" + String.format("%07d", (int) (Math.random() * 9_000_000));
		return units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市" + name + tag, name + tag, "Bureau " + tag, null),
					first17 + CreditCode.checkCharacter(first17), 0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
	}

	private DisclosureRequest received(String description) {
		return service
			.receive(new ReceiveDisclosure(unit, DisclosureRequest.Channel.ONLINE, Applicant.PERSON, "王小明",
					"11010519491231002X", null, null, "13900000000", null, null, description,
					DisclosureRequest.Medium.ELECTRONIC, DisclosureRequest.Delivery.ONLINE, null, LocalDate.now(clock),
					"system"))
			.request();
	}

	private MvcTestResult proactive(String username, DisclosureRequest request, UUID in) {
		return mvc.post()
			.uri("/workbench/disclosure/" + request.id() + "/proactive")
			.param("channel", in.toString())
			.param("topic", "SCIENCE_EDUCATION")
			.with(user(users.loadUserByUsername(username)))
			.with(csrf())
			.exchange();
	}

	private String page(String username, DisclosureRequest request) {
		MvcTestResult result = mvc.get()
			.uri("/workbench/disclosure/" + request.id())
			.with(user(users.loadUserByUsername(username)))
			.exchange();
		assertThat(result.getResponse().getStatus()).as(username).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private int status(String username, String path) {
		return mvc.get().uri(path).with(user(users.loadUserByUsername(username))).exchange().getResponse().getStatus();
	}

	private void awaitAudit(DisclosureRequest request, String outcome, int count) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND object_id = ? AND outcome = ?")
						.params("interaction.disclosure.proactive-drafted", request.id().toString(), outcome)
						.query(Long.class)
						.single())
				.as(outcome)
				.isEqualTo(count));
	}

}
