package org.zhengtong.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions live in PostgreSQL, and a user can end all of theirs at once. */
@IntegrationTest
class SessionsIntegrationTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void a_login_is_a_session_in_postgresql_that_any_instance_can_read() {
		String name = account();
		new BrowserlessSession(port).login(name, "Qinchuan@2026");

		assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class,
				accounts.find(name).orElseThrow().id().toString()))
			.as("filed under the account's id")
			.isOne();
	}

	@Test
	void my_account_shows_my_logins_and_signing_out_everywhere_ends_every_session() {
		String name = account();
		BrowserlessSession office = new BrowserlessSession(port);
		BrowserlessSession home = new BrowserlessSession(port);
		office.login(name, "Qinchuan@2026");
		home.login(name, "Qinchuan@2026");

		String page = office.get("/account").body();
		assertThat(page).contains("<h1>我的账户</h1>", name, "您当前有 2 个登录中的会话", "最近 20 次登录记录");

		assertThat(office.post("/account/sessions/end-all", java.util.Map.of()).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?logout"));

		assertThat(home.get("/workbench").headers().firstValue("Location")).as("the other device is signed out too")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		assertThat(office.get("/workbench").statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class,
				accounts.find(name).orElseThrow().id().toString()))
			.isZero();
		assertThat(audit.search(new AuditQuery(null, null, name, "identity.logout-everywhere", null, null), 0, 5))
			.hasSize(1);
	}

	private String account() {
		String name = "session" + UUID.randomUUID().toString().substring(0, 8);
		platformAccounts.create(name, "会话测试", AccountKind.STAFF, null, "Qinchuan@2026", false);
		platformAccounts.grant(name, IdentityRoles.STAFF);
		return name;
	}

}
