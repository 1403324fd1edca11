package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * The applicant's notices on the public case page: a notice waiting for the seal is not
 * there and cannot be downloaded; once sealed its owner downloads it by account, a
 * visitor with the 办件编号 and 查询码 by posting them; another applicant, a wrong code or
 * another case's notice get 404. Staff 延期/中止 posts answer 404 outside the department.
 */
@IntegrationTest
class NoticeDownloadIntegrationTests {

	static final String CODE = "ABCD2345";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AcceptanceDesk desk;

	@Autowired
	WrittenNotices written;

	@Autowired
	ApplicationCodes codes;

	@Autowired
	PermitCases cases;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	TestPermitCases fixture;

	UUID department;

	String clerk;

	Guide guide;

	@BeforeEach
	void setUp() {
		fixture = TestPermitCases.in(context);
		department = TestStaff.unit(units, "市场监管局", "Market Regulation");
		clerk = TestStaff.withRole(accounts, department, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		guide = fixture.guide(department, LimitKind.SINGLE, 20, 15);
	}

	@Test
	void only_a_sealed_notice_is_downloaded_and_only_by_the_owner_or_with_the_query_code() throws Exception {
		String applicant = fixture.citizen();
		PermitCase received = fixture.submitted(guide, applicant, Instant.now());
		jdbc.sql("UPDATE permit_case SET query_code_hash = ? WHERE id = ?")
			.param(codes.hash(received.id(), CODE))
			.param(received.id())
			.update();
		desk.accept(received.id(), clerk);
		WrittenNotice notice = written.findByCaseIdOrderByIdAsc(received.id()).get(0);
		String download = "/services/cases/" + received.number() + "/notices/" + notice.id();

		// waiting for the seal: not listed, not downloadable
		assertThat(page(received, applicant)).contains("还没有可以下载的文书").doesNotContain(download);
		assertThat(mvc.get().uri(download).with(user(applicant).roles("CITIZEN")).exchange()).hasStatus(404);
		Cookie followedEarly = follow(received.number(), CODE);
		assertThat(mvc.get().uri(download).cookie(followedEarly).exchange()).as("with the 查询码, not sealed")
			.hasStatus(404);

		seal(notice);

		assertThat(page(received, applicant)).contains("行政许可受理通知书", download);
		MvcTestResult mine = mvc.get().uri(download).with(user(applicant).roles("CITIZEN")).exchange();
		assertThat(mine).hasStatusOk().hasContentType("application/pdf");
		assertThat(mine.getResponse().getContentAsByteArray())
			.isEqualTo(written.findById(notice.id()).orElseThrow().pdf());
		assertThat(mvc.get().uri(download).with(user(fixture.citizen()).roles("CITIZEN")).exchange())
			.as("another applicant")
			.hasStatus(404);
		assertThat(mvc.get().uri(download).exchange()).as("nobody signed in").hasStatus(404);

		// 办件查询 by number + 查询码: the session that followed the case downloads it; the code
		// itself is never written into the page
		Cookie followed = follow(received.number(), CODE);
		assertThat(mvc.get().uri(download).cookie(followed).exchange()).hasStatusOk().hasContentType("application/pdf");
		MvcTestResult page = mvc.get().uri("/services/cases/" + received.number()).cookie(followed).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("行政许可受理通知书", download)
			.doesNotContain(CODE);
		assertThat(mvc.get().uri(download).cookie(follow(received.number(), "WXYZ9876")).exchange()).as("wrong code")
			.hasStatus(404);

		// another case's notice through this case's number and code
		PermitCase other = fixture.submitted(guide, fixture.citizen(), Instant.now());
		desk.accept(other.id(), clerk);
		WrittenNotice othersNotice = written.findByCaseIdOrderByIdAsc(other.id()).get(0);
		seal(othersNotice);
		assertThat(mvc.get()
			.uri("/services/cases/" + received.number() + "/notices/" + othersNotice.id())
			.cookie(followed)
			.exchange()).as("another case's notice through the followed case").hasStatus(404);
		assertThat(mvc.get()
			.uri("/services/cases/" + received.number() + "/notices/" + othersNotice.id())
			.with(user(applicant).roles("CITIZEN"))
			.exchange()).hasStatus(404);
	}

	@Test
	void staff_steps_outside_the_department_answer_404_and_the_leader_extends_from_the_page() throws Exception {
		PermitCase received = fixture.submitted(guide, fixture.citizen(), Instant.now());
		desk.accept(received.id(), clerk);
		String leader = TestStaff.withRole(accounts, department, "lead", "张局长", PermitRoles.PERMIT_LEADER);
		UUID other = TestStaff.unit(units, "卫健委", "Health Commission");
		String stranger = TestStaff.withRole(accounts, other, "lead", "赵别处", PermitRoles.PERMIT_LEADER);
		String path = "/workbench/permit/cases/" + received.id();

		assertThat(mvc.post()
			.uri(path + "/extend")
			.param("reason", "需要现场核查")
			.with(user(stranger).roles("STAFF"))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(mvc.post()
			.uri(path + "/suspend")
			.param("kind", "TESTING")
			.param("reason", "送检")
			.param("expectedDays", "3")
			.with(user(stranger).roles("STAFF"))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(mvc.post()
			.uri(path + "/extend")
			.param("reason", "")
			.with(user(leader).roles("STAFF"))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().flash().containsKey("errorTexts");

		MvcTestResult extended = mvc.post()
			.uri(path + "/extend")
			.param("reason", "需要现场核查")
			.with(user(leader).roles("STAFF"))
			.with(csrf())
			.exchange();
		assertThat(extended).hasRedirectedUrl(path).flash().containsEntry("success", "permit.actions.extend.success");
		MvcTestResult again = mvc.post()
			.uri(path + "/extend")
			.param("reason", "再次延期")
			.with(user(leader).roles("STAFF"))
			.with(csrf())
			.exchange();
		assertThat(again).flash().containsEntry("error", "permit.extension.refused.second");
	}

	@Test
	void the_seal_keepers_list_and_page_show_the_departments_waiting_notices_and_others_get_404() throws Exception {
		PermitCase received = fixture.submitted(guide, fixture.citizen(), Instant.now());
		desk.accept(received.id(), clerk);
		WrittenNotice notice = written.findByCaseIdOrderByIdAsc(received.id()).get(0);
		String keeper = TestStaff.withRole(accounts, department, "zz", "印章管理员", PkiRoles.SEAL_KEEPER);
		UUID other = TestStaff.unit(units, "卫健委", "Health Commission");
		String otherKeeper = TestStaff.withRole(accounts, other, "zz", "别处印章管理员", PkiRoles.SEAL_KEEPER);

		MvcTestResult list = mvc.get().uri("/workbench/permit/notices").with(user(keeper).roles("STAFF")).exchange();
		assertThat(list).hasStatusOk();
		assertThat(list.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(received.number(),
				"行政许可受理通知书", "全部用印", "/workbench/permit/notices/" + notice.id());
		assertThat(mvc.get().uri("/workbench/permit/notices").with(user(clerk).roles("STAFF")).exchange())
			.as("not a seal keeper")
			.hasStatus(404);
		String page = "/workbench/permit/notices/" + notice.id();
		MvcTestResult shown = mvc.get().uri(page).with(user(keeper).roles("STAFF")).exchange();
		assertThat(shown).hasStatusOk();
		assertThat(shown.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("待用印", "用印须以本人数字证书登录",
				"seal-submit");
		assertThat(mvc.get().uri(page).with(user(otherKeeper).roles("STAFF")).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(page + "/pdf").with(user(clerk).roles("STAFF")).exchange()).hasStatusOk()
			.hasContentType("application/pdf");

		MvcTestResult byPassword = mvc.post()
			.uri(page + "/seal")
			.with(user(keeper).roles("STAFF"))
			.with(csrf())
			.exchange();
		assertThat(byPassword).hasRedirectedUrl(page).flash().containsKey("error");
		assertThat(written.findById(notice.id()).orElseThrow().sealed()).isFalse();
		assertThat(mvc.post().uri(page + "/seal").with(user(otherKeeper).roles("STAFF")).with(csrf()).exchange())
			.hasStatus(404);
	}

	private void seal(WrittenNotice notice) {
		// as a seal keeper would (the sealing itself is tested in
		// PermitNoticesIntegrationTests)
		jdbc.sql("""
				UPDATE permit_notice SET state = 'SEALED', sha256 = ?, seal_serial = '01', sealed_by = 'keeper',
				    sealed_at = now() WHERE id = ?""").param("0".repeat(64)).param(notice.id()).update();
	}

	/**
	 * A fresh address each time, so the look-up limit of 127.0.0.1 shared by the suite
	 * never counts.
	 */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor address() {
		String address = "10.19." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
				+ java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String page(PermitCase found, String applicant) throws Exception {
		MvcTestResult result = mvc.get()
			.uri("/services/cases/" + found.number())
			.with(user(applicant).roles("CITIZEN"))
			.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * 办件查询 by number and code: the session cookie it leaves (a session that remembers the
	 * case only when the code is right; an empty one otherwise).
	 */
	private Cookie follow(String number, String code) {
		MvcTestResult result = mvc.post()
			.uri("/services/cases/follow")
			.param("number", number)
			.param("code", code)
			.with(address())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		Cookie session = result.getResponse().getCookie("SESSION");
		return session != null ? session : new Cookie("SESSION", "none");
	}

}
