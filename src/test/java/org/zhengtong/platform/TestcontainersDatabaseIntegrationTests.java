package org.zhengtong.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same schema on a PostgreSQL server in Docker (the production-like path). Skipped
 * cleanly where no Docker engine runs, as on the development machines.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "zhengtong.embedded-database.enabled=false")
@ActiveProfiles("test")
class TestcontainersDatabaseIntegrationTests {

	@Container
	@ServiceConnection
	static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrations_run_on_a_postgresql_server_in_docker() {
		assertThat(jdbc.queryForObject("SELECT to_regclass('event_publication')::text", String.class))
			.isEqualTo("event_publication");
	}

}
