package org.zhengtong.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests run against a real PostgreSQL whose schema Flyway built from db/migration.
 */
@IntegrationTest
class DatabaseIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void the_database_is_a_real_postgresql_server() {
		assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
		assertThat(jdbc.queryForObject("SHOW server_encoding", String.class)).isEqualTo("UTF8");
	}

	@Test
	void flyway_applied_the_migrations_from_db_migration() {
		assertThat(jdbc.queryForList("SELECT script FROM flyway_schema_history WHERE success", String.class))
			.contains("V1__platform_event_publication.sql");
		assertThat(jdbc.queryForObject("SELECT to_regclass('event_publication')::text", String.class))
			.isEqualTo("event_publication");
	}

}
