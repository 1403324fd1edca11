package org.zhengtong.platform.internal;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The startup failures a wrong database setting causes, as the operator reads them. */
class DatabaseFailureAnalyzerUnitTests {

	MockEnvironment environment = new MockEnvironment()
		.withProperty("spring.datasource.url", "jdbc:postgresql://db.qinchuan.gov.cn:5432/zhengtong")
		.withProperty("spring.datasource.username", "zhengtong");

	DatabaseFailureAnalyzer analyzer = new DatabaseFailureAnalyzer(environment);

	@Test
	void a_wrong_password_names_the_user_and_the_settings_to_check() {
		FailureAnalysis analysis = analyze(new PSQLException(
				"FATAL: password authentication failed for user \"zhengtong\"", PSQLState.INVALID_PASSWORD));

		assertThat(analysis.getDescription()).startsWith(
				"Cannot log in to the database jdbc:postgresql://db.qinchuan.gov.cn:5432/zhengtong as user 'zhengtong'");
		assertThat(analysis.getAction()).contains("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD");
	}

	@Test
	void a_missing_database_says_so() {
		FailureAnalysis analysis = analyze(new SQLException("FATAL: database \"zhengtong\" does not exist", "3D000"));

		assertThat(analysis.getDescription())
			.startsWith("The database in jdbc:postgresql://db.qinchuan.gov.cn:5432/zhengtong does not exist");
		assertThat(analysis.getAction()).contains("Create the database");
	}

	@Test
	void failures_that_are_not_about_the_database_are_left_to_others() {
		assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
	}

	private FailureAnalysis analyze(Exception cause) {
		FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("flyway", "Failed", cause));
		assertThat(analysis).isNotNull();
		return analysis;
	}

}
