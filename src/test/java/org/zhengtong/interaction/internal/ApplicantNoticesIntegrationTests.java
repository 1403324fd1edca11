package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.content.AnnualReport.Applicant;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestMailServer.RecordingSmsGateway;
import org.zhengtong.testing.TestStaff;

/**
 * What a writer or an applicant hears, as they would find it: a 不予受理 letter's reason in
 * the writer's message centre or in the e-mail an anonymous writer gave (never the 查询码),
 * and on the page they follow it on; a disclosure applicant's 补正 notice (what, by when),
 * approved extension (new due day, reason) and answer (its type) in their message centre
 * and mail, or by e-mail or else SMS without an account — and nothing for another
 * applicant.
 */
@IntegrationTest
class ApplicantNoticesIntegrationTests {

	@Autowired
	DisclosureRequestService service;

	@Autowired
	LetterOffice office;

	@Autowired
	Moderation moderation;

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	Deadlines deadlines;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestClock clock;

	@Autowired
	RecordingSmsGateway sms;

	String tag;

	UUID school;

	String officer;

	String leader;

	@BeforeEach
	void people() {
		tag = UUID.randomUUID().toString().substring(0, 6);
		school = TestStaff.unit(units, "教育局", "Education Bureau");
		officer = TestStaff.withRole(accounts, school, "gk", "信息公开专员", InteractionRoles.DISCLOSURE_OFFICER);
		leader = TestStaff.withRole(accounts, school, "ld", "答复审核人", InteractionRoles.INTERACTION_LEADER);
	}

	@Test
	void an_applicant_with_an_account_finds_the_correction_the_extension_and_the_answer_and_another_hears_nothing() {
		clock.set(LocalDateTime.parse("2026-09-18T10:00:00"));
		UUID applicant = citizen("ap" + tag);
		UUID other = citizen("ot" + tag);
		DisclosureRequest request = receive(applicant, "13900000021", null, "关于学区划分的文件").request();
		DisclosureRequest untouched = receive(other, "13900000022", null, "关于校车采购的合同").request();

		clock.set(LocalDateTime.parse("2026-09-22T09:00:00"));
		service.noticeCorrection(request.id(), "请写明文件名称和发文年份", 5, officer);
		// 5 working days after 09-22: 23, 24, (25–27 中秋), 28, 29, 30
		String correction = awaitMessage(applicant, "DISCLOSURE_CORRECTION");
		assertThat(correction).contains(request.number(), "请写明文件名称和发文年份", "2026-09-30 前");

		clock.set(LocalDateTime.parse("2026-09-24T09:00:00"));
		service.corrected(request.id(), LocalDate.parse("2026-09-24"), "2026年学区划分方案", officer);
		service.askExtension(request.id(), 10, "需调取历年档案", officer);
		service.decideExtension(request.id(), true, leader);
		LocalDate due = deadlines.view(requests.findById(request.id()).orElseThrow().replyClockId()).dueDay();
		String extended = awaitMessage(applicant, "DISCLOSURE_EXTENDED");
		assertThat(extended).contains(request.number(), "延期 10 个工作日", "延至 " + due, "需调取历年档案");

		service.answer(request.id(), DisclosureReply.PARTLY_DISCLOSED, DisclosureGround.THIRD_PARTY, "部分内容涉及第三方。",
				officer);
		assertThat(awaitMessage(applicant, "DISCLOSURE_ANSWERED")).contains(request.number(), "答复类型：部分公开");
		assertThat(mails("ap" + tag + "@example.com", "政府信息公开申请 " + request.number() + " 已答复")).isEqualTo(1);

		assertThat(messages(other, null)).as("the other applicant").isZero();
		assertThat(mails("ot" + tag + "@example.com", null)).isZero();
		assertThat(messages(applicant, null)).as("one each").isEqualTo(3);
		assertThat(untouched.number()).isNotEqualTo(request.number());
	}

	@Test
	void an_applicant_without_an_account_hears_by_mail_or_else_sms_never_with_the_query_code() {
		clock.set(LocalDateTime.parse("2026-10-12T10:00:00"));
		String mail = "anon" + tag + "@example.com";
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		DisclosureRequestService.Received byMail = receive(null, "13900000023", mail, "关于道路改造的批复");
		DisclosureRequestService.Received byPhone = receive(null, phone, null, "关于公园管理的规定");

		service.answer(byMail.request().id(), DisclosureReply.WITHHELD, DisclosureGround.STATE_SECRET, "属于国家秘密。",
				officer);
		service.noticeCorrection(byPhone.request().id(), "请说明所需信息的时间范围", 10, officer);

		await().atMost(Duration.ofSeconds(30)).until(() -> mails(mail, null) == 1);
		String body = jdbc.sql("SELECT body FROM notification_mail WHERE recipient = ?")
			.param(mail)
			.query(String.class)
			.single();
		assertThat(body).contains(byMail.request().number(), "答复类型：不予公开").doesNotContain(byMail.queryCode());
		await().atMost(Duration.ofSeconds(30)).until(() -> sms.countTo(phone) == 1);
		assertThat(sms.lastTo(phone))
			.hasValueSatisfying((text) -> assertThat(text).contains("政府信息公开申请 " + byPhone.request().number() + " 需要补正")
				.doesNotContain(byPhone.queryCode()));
		assertThat(sms.countTo("13900000023")).as("mail first, no SMS").isZero();
	}

	@Test
	void a_refused_letter_tells_its_writer_why_by_mail_or_in_the_message_centre_and_on_the_follow_page() {
		UUID bureau = TestStaff.unit(units, "信访局", "Letters Bureau");
		String acceptor = TestStaff.withRole(accounts, bureau, "accept", "受理员", InteractionRoles.LETTER_ACCEPTOR);
		String editor = TestStaff.withRole(accounts, bureau, "mod", "互动编辑", InteractionRoles.INTERACTION_EDITOR);
		String mail = "w" + tag + "@example.com";
		String code = codes.generate();
		Letter anonymous = letter(null, mail, code, null);
		UUID writer = citizen("lw" + tag);
		Letter held = letter(writer, null, null, "含敏感词：违禁");

		office.reject(anonymous.id(), "不属于本机关职责，请向市场监管部门反映", acceptor);
		moderation.reject(held.id(), "来信内容含广告链接，与政务诉求无关", editor);

		await().atMost(Duration.ofSeconds(30)).until(() -> mails(mail, null) == 1);
		String body = jdbc.sql("SELECT subject || ' ' || body FROM notification_mail WHERE recipient = ?")
			.param(mail)
			.query(String.class)
			.single();
		assertThat(body).contains("您的来信不予受理：" + anonymous.number(), "理由：不属于本机关职责，请向市场监管部门反映").doesNotContain(code);
		assertThat(awaitMessage(writer, "LETTER_REJECTED")).contains(held.number(), "来信内容含广告链接，与政务诉求无关");

		String followed = new String(mvc.post().uri("/interaction/letters/follow").with(csrf()).with((request) -> {
			request.setRemoteAddr("198.18.200." + ThreadLocalRandom.current().nextInt(1, 255));
			return request;
		}).param("number", anonymous.number()).param("code", code).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(followed).contains("不予受理的理由", "不属于本机关职责，请向市场监管部门反映");
	}

	private UUID citizen(String username) {
		UUID id = accounts.create(username, "王小明", AccountKind.CITIZEN, null, "Qinchuan@2026", false).id();
		jdbc.sql("UPDATE identity_account SET email = ? WHERE id = ?").params(username + "@example.com", id).update();
		return id;
	}

	private Letter letter(@Nullable UUID account, @Nullable String email, @Nullable String code,
			@Nullable String held) {
		return transactions.execute((status) -> {
			UUID id = UUID.randomUUID();
			Letter letter = new Letter(id, "T" + id.toString().substring(0, 8), Door.COMPLAINT, "商家虚假宣传",
					"某商家虚假宣传，请处理。",
					new Letter.Writer(account, account == null ? "王小红" : null, account == null ? "13900000123" : null,
							email, null, code == null ? null : codes.hash(id, code)),
					false, clock.instant());
			if (held != null) {
				letter.hold(held);
			}
			letters.save(letter);
			cases.start(letter, AccountManagement.SYSTEM);
			return letter;
		});
	}

	private DisclosureRequestService.Received receive(@Nullable UUID account, String phone, @Nullable String email,
			String description) {
		return service.receive(new ReceiveDisclosure(school, DisclosureRequest.Channel.ONLINE, Applicant.PERSON, "王小明",
				"11010519491231002X", null, null, phone, email, null, description + " " + tag,
				DisclosureRequest.Medium.ELECTRONIC, DisclosureRequest.Delivery.ONLINE, account, LocalDate.now(clock),
				"system"));
	}

	/**
	 * The in-app message of this type the account got, title and body, once it is there.
	 */
	private String awaitMessage(UUID account, String type) {
		await().atMost(Duration.ofSeconds(30)).until(() -> messages(account, type) == 1);
		return jdbc
			.sql("SELECT title || ' ' || body FROM notification_message WHERE recipient_id = ? AND event_type = ?")
			.params(account, type)
			.query(String.class)
			.single();
	}

	private long messages(UUID account, @Nullable String type) {
		return jdbc.sql("""
				SELECT count(*) FROM notification_message
				WHERE recipient_id = :account AND in_app AND (CAST(:type AS text) IS NULL OR event_type = :type)""")
			.param("account", account)
			.param("type", type)
			.query(Long.class)
			.single();
	}

	private long mails(String recipient, @Nullable String subject) {
		return jdbc.sql("""
				SELECT count(*) FROM notification_mail
				WHERE recipient = :recipient AND (CAST(:subject AS text) IS NULL OR subject = :subject)""")
			.param("recipient", recipient)
			.param("subject", subject)
			.query(Long.class)
			.single();
	}

}
