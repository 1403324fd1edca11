package org.zhengtong.pki.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The hourly job re-signs a CRL past half its validity and leaves a fresh one alone. */
@IntegrationTest
class CrlRefreshIntegrationTests {

	@Autowired
	CrlRefresh refresh;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_stale_crl_is_re_signed_and_a_fresh_one_kept() {
		refresh.refresh();
		long fresh = number();
		refresh.refresh();
		assertThat(number()).as("fresh: kept").isEqualTo(fresh);

		jdbc.update("UPDATE pki_authority SET crl_next_update = now() + interval '1 hour' "
				+ "WHERE hierarchy = 'STANDARD' AND level = 'ISSUING'");
		refresh.refresh();
		assertThat(number()).as("past half its validity: re-signed").isEqualTo(fresh + 1);
	}

	private long number() {
		return jdbc.queryForObject(
				"SELECT crl_number FROM pki_authority WHERE hierarchy = 'STANDARD' AND level = 'ISSUING'", Long.class);
	}

}
