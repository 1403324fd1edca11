package org.zhengtong.identity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.pki.PkiRoles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Changes to an account reach its open sessions at their next request (issue 15): roles
 * are reloaded, a password set by any route or a deactivation ends the other sessions,
 * sessions have an absolute lifetime, are filed under the account's id, and one session
 * survives parallel requests. Real logins over HTTP, sessions in PostgreSQL.
 */
@IntegrationTest
class OpenSessionsIntegrationTests {

	static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	PublicAccounts publicAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	CertificateRequests requests;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail smtp;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	@Test
	void a_revoked_ra_operator_role_stops_approving_in_the_session_already_open() throws Exception {
		UUID unit = unit();
		String operator = staff(unit);
		platformAccounts.grant(operator, PkiRoles.RA_OPERATOR);
		String holder = staff(unit);
		BrowserlessSession session = new BrowserlessSession(port);
		assertThat(session.login(operator, PASSWORD)).endsWith("/workbench");
		assertThat(session.get("/admin/ra").statusCode()).isEqualTo(200);
		requests.submit(holder, Pkcs.csr(Pkcs.p256(), "CN=me").getBytes(StandardCharsets.US_ASCII));
		UUID request = requests.requestsOf(holder).get(0).id();

		platformAccounts.revoke(operator, PkiRoles.RA_OPERATOR);

		assertThat(session.get("/admin/ra").statusCode()).as("the RA page at the very next request").isEqualTo(403);
		session.get("/workbench");
		session.post("/admin/ra/requests/" + request + "/approve", Map.of());
		assertThat(requests.requestsOf(holder).get(0).status()).as("not approved").isEqualTo("PENDING");
		assertThat(session.get("/workbench").statusCode()).as("the session itself goes on").isEqualTo(200);
	}

	@Test
	void a_role_granted_works_in_the_session_already_open() {
		String name = staff(unit());
		BrowserlessSession session = new BrowserlessSession(port);
		session.login(name, PASSWORD);
		assertThat(session.get("/admin/ra").statusCode()).isEqualTo(403);

		platformAccounts.grant(name, PkiRoles.RA_OPERATOR);

		assertThat(session.get("/admin/ra").statusCode()).as("no new login needed").isEqualTo(200);
	}

	@Test
	void gaining_an_administrator_role_ends_the_session_so_the_administrators_login_checks_apply() {
		String name = staff(unit());
		BrowserlessSession session = new BrowserlessSession(port);
		session.login(name, PASSWORD);

		platformAccounts.grant(name, IdentityRoles.AUDIT_ADMIN);

		assertThat(session.get("/admin/audit").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		assertThat(new BrowserlessSession(port).login(name, PASSWORD)).endsWith("/workbench");
	}

	@Test
	void a_password_reset_by_an_administrator_ends_the_sessions_opened_with_the_old_one() {
		String name = staff(unit());
		BrowserlessSession old = new BrowserlessSession(port);
		old.login(name, PASSWORD);
		assertThat(old.get("/workbench").statusCode()).isEqualTo(200);

		accounts.resetPassword(name, "sysadmin");

		assertThat(old.get("/workbench").headers().firstValue("Location")).as("signed out at the next request")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, name, "identity.session-ended", Outcome.DENIED, null), 0, 5))
				.singleElement()
				.satisfies((entry) -> assertThat(entry.summary()).contains("credentials-changed")));
	}

	@Test
	void changing_ones_own_password_keeps_this_session_and_ends_the_others() {
		String name = staff(unit());
		BrowserlessSession here = new BrowserlessSession(port);
		BrowserlessSession elsewhere = new BrowserlessSession(port);
		here.login(name, PASSWORD);
		elsewhere.login(name, PASSWORD);

		here.get("/account/password");
		HttpResponse<String> changed = here.post("/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "Changed@2026x", "repeated", "Changed@2026x"));
		assertThat(changed.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/workbench"));

		assertThat(here.get("/workbench").statusCode()).as("the session that changed it goes on").isEqualTo(200);
		assertThat(elsewhere.get("/workbench").statusCode()).as("the other device is signed out").isEqualTo(302);
	}

	@Test
	void making_an_account_certificate_only_ends_its_password_sessions() {
		String name = staff(unit());
		BrowserlessSession session = new BrowserlessSession(port);
		session.login(name, PASSWORD);

		platformAccounts.setCertificateOnly(name, true);

		assertThat(session.get("/workbench").statusCode()).isEqualTo(302);
	}

	@Test
	void a_forgotten_password_reset_by_mail_ends_the_open_sessions() throws Exception {
		String name = "stampreset" + UUID.randomUUID().toString().substring(0, 8);
		String email = name + "@example.com";
		citizen(name, email);
		BrowserlessSession open = new BrowserlessSession(port);
		assertThat(open.login(name, PASSWORD)).endsWith("/my");
		assertThat(open.get("/my").statusCode()).isEqualTo(200);

		BrowserlessSession visitor = new BrowserlessSession(port);
		visitor.get("/password/forgot");
		visitor.post("/password/forgot", Map.of("account", email));
		MimeMessage message = sentTo(email);
		String body = GreenMailUtil.getBody(message);
		Matcher link = PasswordResetIntegrationTests.LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).as(body).isTrue();
		visitor.get("/password/reset?token=" + link.group(1));
		visitor.post("/password/reset",
				Map.of("token", link.group(1), "password", "Changed@2026x", "passwordAgain", "Changed@2026x"));

		assertThat(open.get("/my").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void a_session_ends_after_its_absolute_lifetime_however_busy() {
		clock.set(Instant.now());
		String name = staff(unit());
		BrowserlessSession session = new BrowserlessSession(port);
		session.login(name, PASSWORD);
		assertThat(session.get("/workbench").statusCode()).isEqualTo(200);

		// Begun 12 hours less a minute ago, then 12 hours and a minute ago; used a moment
		// ago each time (so never idle).
		clock.advance(Duration.ofHours(12).minusMinutes(1));
		assertThat(session.get("/workbench").statusCode()).as("within its lifetime").isEqualTo(200);
		clock.advance(Duration.ofMinutes(2));
		assertThat(session.get("/workbench").statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(
					audit.search(new AuditQuery(null, null, name, "identity.session-ended", null, null), 0, 5))
				.singleElement()
				.satisfies((entry) -> assertThat(entry.summary()).contains("lifetime")));
	}

	@Test
	void sessions_are_filed_under_the_account_id_whatever_case_the_name_was_typed_in() {
		String name = staff(unit());
		UUID id = accounts.find(name).orElseThrow().id();
		BrowserlessSession lower = new BrowserlessSession(port);
		BrowserlessSession upper = new BrowserlessSession(port);
		lower.login(name, PASSWORD);
		upper.login(name.toUpperCase(), PASSWORD);
		lower.get("/workbench");
		upper.get("/workbench");

		assertThat(jdbc.queryForList("SELECT principal_name FROM spring_session WHERE principal_name IN (?, ?, ?)",
				String.class, id.toString(), name, name.toUpperCase()))
			.containsExactly(id.toString(), id.toString());
		assertThat(lower.get("/account").body()).contains("您当前有 2 个登录中的会话");

		lower.post("/account/sessions/end-all", Map.of());
		assertThat(upper.get("/workbench").statusCode()).as("ended though typed differently").isEqualTo(302);
	}

	@Test
	void a_citizen_signs_out_everywhere_from_the_personal_page() throws Exception {
		String name = "stampcitizen" + UUID.randomUUID().toString().substring(0, 8);
		citizen(name, name + "@example.com");
		BrowserlessSession phone = new BrowserlessSession(port);
		BrowserlessSession computer = new BrowserlessSession(port);
		phone.login(name, PASSWORD);
		computer.login(name, PASSWORD);

		assertThat(phone.get("/my").body()).contains("您当前有 2 个登录中的会话", "退出所有设备");
		assertThat(phone.post("/my/sessions/end-all", Map.of()).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?logout"));

		assertThat(computer.get("/my").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		assertThat(phone.get("/my").statusCode()).isEqualTo(302);
		assertThat(audit.search(new AuditQuery(null, null, name, "identity.logout-everywhere", null, null), 0, 5))
			.hasSize(1);
	}

	/**
	 * A page and its parts, or a double click: several requests of one session add the
	 * same attribute at once (here the flash message of a redirect). Spring Session's
	 * plain INSERT made all but one answer 500 on spring_session_attributes_pk.
	 */
	@Test
	void parallel_requests_in_one_session_all_succeed() throws Exception {
		String name = staff(unit());
		int parallel = 8;
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			for (int round = 0; round < 6; round++) {
				BrowserlessSession session = new BrowserlessSession(port);
				session.login(name, PASSWORD);
				session.get("/account");
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> answers = new ArrayList<>();
				for (int i = 0; i < parallel; i++) {
					answers.add(pool.submit(() -> {
						start.await();
						return session.post("/account/post", Map.of("post", UUID.randomUUID().toString())).statusCode();
					}));
				}
				start.countDown();
				for (Future<Integer> answer : answers) {
					assertThat(answer.get()).as("round " + round).isEqualTo(302);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private UUID unit() {
		return TestStaff.unit(units, "会话局", "Session Bureau");
	}

	/** A staff account with a password, the STAFF role and a 编制 post in the unit. */
	private String staff(UUID unit) {
		return TestStaff.staff(platformAccounts, unit, "stamp", "会话测试", PASSWORD);
	}

	private void citizen(String username, String email) {
		String first17 = "6101131990" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)) + "1"
				+ ThreadLocalRandom.current().nextInt(0, 10)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		publicAccounts.registerCitizen(new CitizenRegistration(username, "赵小燕",
				ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacter(first17)),
				"135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), email, PASSWORD));
	}

	/**
	 * Runs the outbox's sender, as its schedule would, and answers the e-mail the SMTP
	 * server received for this address. A run sends 50, oldest first: with more waiting,
	 * it runs again.
	 */
	private MimeMessage sentTo(String email) throws Exception {
		for (int run = 0; run < 10 && mailTo(email) == null; run++) {
			jobs.run("notification.send-mail");
		}
		MimeMessage message = mailTo(email);
		assertThat(message).as("an e-mail to " + email).isNotNull();
		return message;
	}

	private MimeMessage mailTo(String email) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				return message;
			}
		}
		return null;
	}

}
