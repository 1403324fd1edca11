package org.zhengtong.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Nothing is lost on the way into the log: an event is recorded whether or not it was
 * published in a transaction, once, and never refused for the length of what a visitor
 * typed; an entry made in a request names the post and unit the user works in.
 */
@IntegrationTest
class AuditRecordingIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditManagement audit;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	PostManagement posts;

	@LocalServerPort
	int port;

	@Test
	void an_event_published_outside_a_transaction_is_recorded_at_once_and_once() {
		AuditableEvent event = event("没有事务时发布");

		events.publishEvent(event);

		assertThat(entries(event)).as("recorded although no transaction was there to commit").isOne();
		events.publishEvent(event);
		assertThat(entries(event)).as("the event id keeps it to one entry").isOne();
	}

	@Test
	void an_event_published_in_a_transaction_is_recorded_after_the_commit_and_not_after_a_rollback() {
		AuditableEvent committed = event("事务提交");
		transaction.executeWithoutResult((status) -> {
			events.publishEvent(committed);
			assertThat(entries(committed)).as("not before the commit").isZero();
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> entries(committed) == 1);

		AuditableEvent rolledBack = event("事务回滚");
		transaction.executeWithoutResult((status) -> {
			events.publishEvent(rolledBack);
			status.setRollbackOnly();
		});
		AuditableEvent later = event("之后提交");
		transaction.executeWithoutResult((status) -> events.publishEvent(later));
		await().atMost(Duration.ofSeconds(10)).until(() -> entries(later) == 1);
		assertThat(entries(rolledBack)).as("what a rolled-back transaction tells did not happen").isZero();
	}

	@Test
	void a_three_thousand_character_user_name_on_the_login_form_is_refused_and_audited_cut_to_its_limit() {
		String name = randomChinese(3000);

		MvcTestResult login = mvc.post()
			.uri("/login")
			.param("username", name)
			.param("password", "Wrong@2026")
			.with(csrf())
			.exchange();

		assertThat(login).as("the login page again, not a 500").hasStatus3xxRedirection();
		List<AuditEntry> entries = audit
			.search(new AuditQuery(null, null, name.substring(0, 199) + "…", "identity.login", null, null), 0, 10);
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).actor()).hasSize(200).endsWith("…");
		assertThat(entries.get(0).outcome()).isEqualTo(Outcome.FAILED);
	}

	@Test
	void a_three_thousand_character_url_is_refused_and_audited_cut_to_its_limit() {
		String clerk = "longurl-" + UUID.randomUUID();
		String path = randomLetters(3000);

		MvcTestResult refused = mvc.post()
			.uri("/admin/roles/" + path + "/grant")
			.param("role", "STAFF")
			.with(user(clerk))
			.with(csrf())
			.exchange();

		assertThat(refused).as("refused, not a 500").hasStatus(403);
		List<AuditEntry> entries = audit
			.search(new AuditQuery(null, null, clerk, "security.access-denied", Outcome.DENIED, null), 0, 10);
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).objectId()).hasSize(400)
			.startsWith("POST /admin/roles/" + path.substring(0, 50))
			.endsWith("…");
		assertThat(entries.get(0).summary()).hasSize(2000).endsWith("…");
	}

	@Test
	void an_entry_made_in_a_request_names_the_post_and_unit_in_use() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID bureau = unit("秦川市岗位审计测试局" + tag, "Post Audit Test Bureau");
		UUID office = unit("秦川市岗位审计兼职办" + tag, "Post Audit Concurrent Office");
		String name = "postaudit" + tag;
		platformAccounts.createStaff(name, "岗位审计", new StaffPost(bureau, null, "科员", true, null));
		platformAccounts.appoint(name, new StaffPost(office, null, "联络员", false, null));
		accounts.changePassword(name, accounts.resetPassword(name, "sysadmin"), "Qinchuan@2026x");
		List<PostView> held = posts.postsOf(accounts.find(name).orElseThrow().id());
		PostView principal = held.stream().filter(PostView::principal).findFirst().orElseThrow();
		PostView concurrent = held.stream().filter((post) -> !post.principal()).findFirst().orElseThrow();

		BrowserlessSession session = new BrowserlessSession(port);
		assertThat(session.login(name, "Qinchuan@2026x")).doesNotContain("error");
		AuditEntry login = newest(name, "identity.login");
		assertThat(login.post()).isEqualTo(principal.label());
		assertThat(login.unitId()).isEqualTo(bureau.toString());

		assertThat(session.get("/account").body()).contains("当前岗位：");
		session.post("/account/post", Map.of("post", concurrent.id().toString()));
		assertThat(session.get("/account").body()).contains("当前岗位：" + concurrent.label());
		assertThat(session.get("/admin/audit").statusCode()).isEqualTo(403);
		AuditEntry refused = newest(name, "security.access-denied");
		assertThat(refused.post()).as("the post switched to for the session").isEqualTo(concurrent.label());
		assertThat(refused.unitId()).isEqualTo(office.toString());

		audit.record(event("请求以外"));
		assertThat(audit.search(new AuditQuery(null, null, "system", "test.recorded", null, null), 0, 1).get(0).post())
			.as("outside a request nobody's post is in use")
			.isNull();
	}

	private AuditEntry newest(String actor, String action) {
		return audit.search(new AuditQuery(null, null, actor, action, null, null), 0, 1).get(0);
	}

	private UUID unit(String fullName, String englishName) {
		return units
			.create(null, UnitKind.DEPARTMENT, new UnitNames(fullName, fullName.substring(3, 9), englishName, null),
					null, 0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
	}

	private long entries(AuditableEvent event) {
		return jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE event_id = ?", Long.class, event.id());
	}

	private static AuditableEvent event(String summary) {
		return AuditableEvent.succeeded(Instant.now(), "system", "test.recorded", "test", UUID.randomUUID().toString(),
				summary);
	}

	/**
	 * Characters that do not compress: PostgreSQL would squeeze 3,000 repeated letters
	 * into an index entry, not these.
	 */
	private static String randomChinese(int length) {
		Random random = new Random();
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) (0x4E00 + random.nextInt(0x5000)));
		}
		return text.toString();
	}

	private static String randomLetters(int length) {
		String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
		Random random = new Random();
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(letters.charAt(random.nextInt(letters.length())));
		}
		return text.toString();
	}

}
