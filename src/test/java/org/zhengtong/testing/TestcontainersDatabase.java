package org.zhengtong.testing;

import java.util.Arrays;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL server in Docker instead of the embedded one, when the
 * {@code testcontainers} profile is included
 * ({@code ./mvnw verify -Dspring.profiles.include=testcontainers}). Without a Docker
 * engine those tests are skipped with one clear reason instead of failing.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("testcontainers")
public class TestcontainersDatabase {

	static final String IMAGE = "postgres:17-alpine";

	@Bean
	@ServiceConnection
	PostgreSQLContainer postgres() {
		return new PostgreSQLContainer(IMAGE);
	}

	static boolean asked() {
		String included = System.getProperty("spring.profiles.include", "") + ","
				+ System.getProperty("spring.profiles.active", "");
		return Arrays.stream(included.split(",")).map(String::trim).anyMatch("testcontainers"::equals);
	}

	static class SkipWithoutDocker implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (asked() && !DockerClientFactory.instance().isDockerAvailable()) {
				return ConditionEvaluationResult.disabled("Testcontainers asked for, but no Docker engine is running");
			}
			return ConditionEvaluationResult.enabled("database available");
		}

	}

}
