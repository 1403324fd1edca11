package org.zhengtong.pki.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;
import org.zhengtong.pki.PkiRoles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hourly job re-signs a CRL past half its validity (24 hours) and leaves a fresh one
 * alone. Time is moved by the test clock: the CRL is made 13 hours ago, so that the run
 * at the real time finds it past half-way and leaves a CRL valid now for the tests after
 * this one ({@code openssl verify -crl_check_all}).
 */
@IntegrationTest
class CrlRefreshIntegrationTests {

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	TestClock clock;

	@Autowired
	CertificateRequests requests;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_stale_crl_is_re_signed_and_a_fresh_one_kept() throws Exception {
		String serial = issueACertificate();
		clock.set(Instant.now().minus(Duration.ofHours(13)));
		long before = number();
		requests.revoke(serial, 1, holder);
		jobs.run("pki.crl-refresh");
		long signed = number();
		assertThat(signed).as("a revocation makes the CRL anew").isGreaterThan(before);

		jobs.run("pki.crl-refresh");
		assertThat(number()).as("fresh: kept").isEqualTo(signed);

		clock.advance(Duration.ofHours(13));
		jobs.run("pki.crl-refresh");
		assertThat(number()).as("past half its validity: re-signed").isEqualTo(signed + 1);
		jobs.run("pki.crl-refresh");
		assertThat(number()).as("and kept again").isEqualTo(signed + 1);
	}

	private String holder = "";

	private String issueACertificate() throws Exception {
		UUID unit = TestStaff.unit(units, "吊销列表局", "CRL Bureau");
		holder = TestStaff.staff(accounts, unit, "crl", "吊销列表测试", "Qinchuan@2026");
		String operator = TestStaff.staff(accounts, unit, "crlra", "吊销列表操作员", "Qinchuan@2026");
		accounts.grant(operator, PkiRoles.RA_OPERATOR);
		requests.submit(holder, Pkcs.csr(Pkcs.p256(), "CN=crl").getBytes(StandardCharsets.US_ASCII));
		UUID request = requests.requestsOf(holder).get(0).id();
		return requests.approve(request, operator).orElseThrow().serial();
	}

	private long number() {
		return jdbc
			.queryForObject("SELECT crl_number FROM pki_authority WHERE hierarchy = 'STANDARD' AND level = 'ISSUING' "
					+ "AND retired_at IS NULL", Long.class);
	}

}
