package org.zhengtong.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.content.Articles;
import org.zhengtong.interaction.internal.Captchas;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.Newsroom;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Each module that publishes {@link AuditableEvent}s (identity, organization, calendar,
 * content, pki, interaction), driven end to end through a web action and through its
 * scheduled or background path (a platform job, scheduled publishing, the revocation that
 * follows a leaver), leaves its entry in the log. calendar's only scheduled work reloads
 * the calendar and changes nothing. files, search and the platform's jobs publish none of
 * their own: a platform job's entries are those of the module whose work it runs (the
 * import below).
 */
@IntegrationTest
class AuditEveryModuleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditManagement audit;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	PostManagement posts;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	JobManagement jobs;

	@Autowired
	CertificateRequests requests;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestClock clock;

	@Autowired
	Captchas captchas;

	@Autowired
	ScheduledJobs scheduledJobs;

	@Test
	void identity_a_role_granted_and_revoked_on_the_roles_page_is_audited() {
		String name = "grant" + UUID.randomUUID().toString().substring(0, 8);
		String id = platformAccounts.create(name, "周八", AccountKind.STAFF, null, "Qinchuan@2026", false)
			.id()
			.toString();

		MvcTestResult granted = mvc.post()
			.uri("/admin/roles/{u}/grant", name)
			.param("role", "RA_OPERATOR")
			.with(user(users.loadUserByUsername("secadmin")))
			.with(csrf())
			.exchange();
		assertThat(granted).flash().containsEntry("success", "role.granted");
		AuditEntry grant = entry("secadmin", "identity.role-granted", id);
		assertThat(grant.summary()).contains(name, "证书注册审核员").doesNotContain("RA_OPERATOR");

		mvc.post()
			.uri("/admin/roles/{u}/revoke", name)
			.param("role", "RA_OPERATOR")
			.with(user(users.loadUserByUsername("secadmin")))
			.with(csrf())
			.exchange();
		entry("secadmin", "identity.role-revoked", id);
	}

	@Test
	void identity_and_organization_a_platform_job_importing_units_and_staff_is_audited() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String bureau = "秦川市审计导入局" + tag;
		MvcTestResult started = mvc.post()
			.uri("/admin/imports")
			.multipart()
			.file(new MockMultipartFile("workbook", "单位和人员.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					workbook(List.of(bureau, "审计导入局" + tag, "Audit Import Bureau", "", "", "部门", "", "96"),
							List.of("auditimp" + tag, "吴九", bureau, "", "科员", ""))))
			.with(user("sysadmin")
				.authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "unit.manage", "account.manage")))
			.with(csrf())
			.exchange();
		UUID job = UUID.fromString(started.getResponse().getRedirectedUrl().substring("/workbench/jobs/".length()));
		JobView done = await().atMost(Duration.ofSeconds(30))
			.until(() -> jobs.find(job, "sysadmin").orElseThrow(), (view) -> view.status().finished());
		assertThat(done.status()).as(done.outcome()).isEqualTo(JobStatus.SUCCEEDED);

		entry("sysadmin", "organization.unit-created", null, bureau);
		entry("sysadmin", "identity.account-created", accounts.find("auditimp" + tag).orElseThrow().id().toString());
	}

	@Test
	void organization_a_unit_created_on_the_units_page_is_audited() {
		String name = "秦川市审计网页测试局" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(mvc.post()
			.uri("/admin/units")
			.param("kind", "DEPARTMENT")
			.param("fullName", name)
			.param("shortName", "审计网页局")
			.param("englishName", "Audit Web Bureau")
			.param("validFrom", "2026-01-01")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "unit.manage")))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();

		entry("sysadmin", "organization.unit-created", null, name);
	}

	@Test
	void calendar_a_day_set_on_the_calendar_page_is_audited() {
		mvc.post()
			.uri("/workbench/calendar/2092/days")
			.param("day", "2092-05-01")
			.param("kind", "HOLIDAY")
			.param("name", "劳动节")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "calendar.edit")))
			.with(csrf())
			.exchange();

		entry("sysadmin", "calendar.day-set", "2092-05-01");
	}

	@Test
	void content_a_draft_written_on_the_desk_and_a_scheduled_publication_are_audited_with_the_post_in_use() {
		Newsroom newsroom = Newsroom.open(units, platformAccounts, "审计", "Audit Newsroom", "au", null);
		ChannelView channel = newsroom.channel(channels, "zh", "audit-" + newsroom.tag(), "审计" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
		assertThat(mvc.post()
			.uri("/workbench/articles")
			.param("channel", channel.id().toString())
			.param("title", "审计栏目测试稿" + newsroom.tag())
			.param("body", "<p>正文</p>")
			.with(as(newsroom.writer()))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		AuditEntry created = entry(newsroom.writer(), "content.article-created", null, "审计栏目测试稿" + newsroom.tag());
		assertThat(created.post()).as("written in a request: the post in use")
			.isEqualTo(posts.postsOf(accounts.find(newsroom.writer()).orElseThrow().id()).get(0).label());
		assertThat(created.unitId()).isEqualTo(newsroom.unit().toString());

		RevisionView draft = articles.create(channel.id(),
				new Articles.Draft("定时审计稿" + newsroom.tag(), null, null, null, "<p>正文</p>"), newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		articles.schedule(draft.id(), clock.instant().plusSeconds(1), newsroom.reviewer());
		clock.advance(Duration.ofSeconds(2));
		scheduledJobs.run("content.scheduled-publishing");

		assertThat(entry(AccountManagement.SYSTEM, "content.revision-published", Long.toString(draft.articleId()))
			.summary()).as("by the platform, in the reviewer's name").contains("定时发布", newsroom.reviewer());
	}

	@Test
	void pki_a_request_sent_on_the_certificates_page_and_its_approval_are_audited() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市审计证书局" + tag, "审计证书局", "Audit PKI Bureau", null), null,
					0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		String staff = "auholder" + tag;
		String operator = "aura" + tag;
		platformAccounts.createStaff(staff, "持证人", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.createStaff(operator, "审核员", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.grant(operator, PkiRoles.RA_OPERATOR);

		assertThat(mvc.post()
			.uri("/workbench/certificates/requests")
			.param("csr", Pkcs.csr(Pkcs.p256(), "CN=audit"))
			.with(as(staff))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "pki.request.submitted");
		AuditEntry submitted = entry(staff, "pki.request-submitted", null);
		assertThat(submitted.unitId()).isEqualTo(unit.toString());

		assertThat(mvc.post()
			.uri("/admin/ra/requests/{id}/approve", submitted.objectId())
			.with(as(operator))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "pki.request.approved");
		entry(operator, "pki.request-approved", submitted.objectId());

		// In the background: the holder leaves the unit, the platform revokes the
		// certificate (LeaverRevocation, after the post's end is committed).
		String serial = requests.certificatesOf(staff).get(0).serial();
		accounts.endPost(staff, posts.postsOf(accounts.find(staff).orElseThrow().id()).get(0).id(), "sysadmin");
		entry(AccountManagement.SYSTEM, "pki.certificate-revoked", serial);
	}

	/** The entry appears (events in a transaction are recorded after it commits). */
	@Test
	void interaction_a_letter_sent_on_the_public_form_is_audited_with_its_address() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String form = new String(mvc.get()
			.uri("/interaction/letters/new?door=SUGGESTION")
			.exchange()
			.getResponse()
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"submitToken\" value=\"([^\"]+)\"")
			.matcher(form);
		assertThat(token.find()).isTrue();
		Captchas.Challenge captcha = captchas.issue();
		assertThat(mvc.post()
			.uri("/interaction/letters")
			.param("door", "SUGGESTION")
			.param("submitToken", token.group(1))
			.param("title", "审计建议" + tag)
			.param("body", "建议在公园增设座椅。")
			.param("topic", "OTHER")
			.param("captchaToken", captcha.token())
			.param("captchaAnswer", String.valueOf(captcha.first() + captcha.second()))
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("198.51.100.99");
				return request;
			})
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(302);
		AuditEntry sent = entry("anonymous", "interaction.letter.submit", null, "审计建议" + tag);
		assertThat(sent.address()).isEqualTo("198.51.100.99");
	}

	private AuditEntry entry(String actor, String action, String object) {
		return entry(actor, action, object, null);
	}

	private AuditEntry entry(String actor, String action, String object, String summaryContains) {
		AuditQuery query = new AuditQuery(null, null, actor, action, null, object);
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> audit.search(query, 0, 50)
				.stream()
				.filter((entry) -> summaryContains == null || entry.summary().contains(summaryContains))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static byte[] workbook(List<String> unit, List<String> staff) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fill(workbook.createSheet("单位"), List.of("全称", "简称", "英文名称", "机关代字", "统一社会信用代码", "类型", "上级单位全称", "排序"),
					unit);
			fill(workbook.createSheet("人员"), List.of("用户名", "姓名", "单位全称", "内设机构", "职务", "办公电话"), staff);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(Sheet sheet, List<String> headings, List<String> row) {
		Row head = sheet.createRow(0);
		for (int i = 0; i < headings.size(); i++) {
			head.createCell(i).setCellValue(headings.get(i));
		}
		Row data = sheet.createRow(1);
		for (int i = 0; i < row.size(); i++) {
			data.createCell(i).setCellValue(row.get(i));
		}
	}

}
