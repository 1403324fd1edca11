package org.zhengtong.pki;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;
import org.zhengtong.testing.Pkcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * 三员 two factors (issue 15): once an administrator has held a login certificate, losing
 * it (revoked, expired) does not bring back the password alone; the way back is the RA's
 * re-enrolment window, opened by another person after checking who they are, and closed
 * by the new certificate.
 */
@IntegrationTest
class AdministratorSecondFactorIntegrationTests {

	static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	CertificateRequests requests;

	@Autowired
	AuditManagement audit;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	@Test
	void an_administrator_whose_only_certificate_is_revoked_still_needs_one_and_gets_one_through_the_ra()
			throws Exception {
		UUID unit = unit();
		String admin = staff(unit);
		platformAccounts.grant(admin, IdentityRoles.AUDIT_ADMIN);
		String operator = staff(unit);
		platformAccounts.grant(operator, PkiRoles.RA_OPERATOR);
		String secondOperator = staff(unit);
		platformAccounts.grant(secondOperator, PkiRoles.RA_OPERATOR);
		assertThat(new BrowserlessSession(port).login(admin, PASSWORD)).as("no certificate yet: the password")
			.endsWith("/workbench");
		String serial = issue(admin, operator);
		assertThat(new BrowserlessSession(port).login(admin, PASSWORD)).endsWith("/login?error");

		requests.revoke(serial, 1, admin);

		assertThat(new BrowserlessSession(port).login(admin, PASSWORD))
			.as("the only certificate revoked: still certificate and password")
			.endsWith("/login?error");

		BrowserlessSession ra = new BrowserlessSession(port);
		ra.login(operator, PASSWORD);
		ra.get("/admin/ra");
		ra.post("/admin/ra/reenrolment", Map.of("administrator", admin));
		assertThat(ra.get("/admin/ra").body()).contains(admin + " 可在", "仅凭密码登录");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(
					audit.search(new AuditQuery(null, null, operator, "pki.reenrolment-opened", null, null), 0, 5))
				.hasSize(1));

		BrowserlessSession reenrolling = new BrowserlessSession(port);
		assertThat(reenrolling.login(admin, PASSWORD)).as("the window is open").endsWith("/workbench");
		assertThat(reenrolling.get("/workbench/certificates").statusCode()).isEqualTo(200);

		issue(admin, secondOperator);
		assertThat(reenrolling.get("/workbench/certificates").statusCode())
			.as("the session the window opened ends with the window")
			.isNotEqualTo(200);
		assertThat(new BrowserlessSession(port).login(admin, PASSWORD)).as("the new certificate closes the window")
			.endsWith("/login?error");
	}

	@Test
	void an_administrator_whose_certificate_has_expired_still_needs_one() throws Exception {
		UUID unit = unit();
		String admin = staff(unit);
		platformAccounts.grant(admin, IdentityRoles.SYSTEM_ADMIN);
		String operator = staff(unit);
		platformAccounts.grant(operator, PkiRoles.RA_OPERATOR);
		String serial = issue(admin, operator);

		CertificateView certificate = requests.certificate(serial).orElseThrow();

		clock.set(certificate.notAfter().plus(Duration.ofDays(1)));

		assertThat(requests.certificate(serial).orElseThrow().state()).as("expired by the clock").isEqualTo("EXPIRED");
		assertThat(new BrowserlessSession(port).login(admin, PASSWORD)).endsWith("/login?error");
	}

	@Test
	void nobody_opens_a_window_for_themselves_nor_for_an_administrator_who_needs_none() throws Exception {
		UUID unit = unit();
		String admin = staff(unit);
		platformAccounts.grant(admin, IdentityRoles.SECURITY_ADMIN);
		String operator = staff(unit);
		platformAccounts.grant(operator, PkiRoles.RA_OPERATOR);
		String serial = issue(admin, operator);
		requests.revoke(serial, 1, admin);

		assertThatThrownBy(() -> reenrolment.open(admin, admin.toUpperCase())).isInstanceOf(PkiRefused.class);
		String plainStaff = staff(unit);
		assertThatThrownBy(() -> reenrolment.open(plainStaff, operator)).isInstanceOf(PkiRefused.class)
			.hasMessageContaining("not an administrator");
		assertThat(new BrowserlessSession(port).login(admin, PASSWORD)).endsWith("/login?error");
	}

	@Autowired
	AdministratorReenrolment reenrolment;

	/** A login certificate for the holder, approved by the operator. */
	private String issue(String holder, String operator) throws Exception {
		requests.submit(holder, Pkcs.csr(Pkcs.p256(), "CN=me").getBytes(StandardCharsets.US_ASCII));
		UUID request = requests.requestsOf(holder)
			.stream()
			.filter((r) -> r.status().equals("PENDING"))
			.findFirst()
			.orElseThrow()
			.id();
		return requests.approve(request, operator).orElseThrow().serial();
	}

	private UUID unit() {
		return TestStaff.unit(units, "双因素局", "Two Factor Bureau");
	}

	/** A staff account with a password, the STAFF role and a 编制 post in the unit. */
	private String staff(UUID unit) {
		return TestStaff.staff(platformAccounts, unit, "twofa", "双因素测试", PASSWORD);
	}

}
