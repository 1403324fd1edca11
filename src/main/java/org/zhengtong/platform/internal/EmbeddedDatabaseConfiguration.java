package org.zhengtong.platform.internal;

import java.io.IOException;
import java.util.Arrays;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL server inside the application when no database is configured,
 * so {@code ./mvnw spring-boot:run} works on a fresh machine. A configured
 * {@code spring.datasource.url} (or a Testcontainers service connection in tests) wins.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "release")
	EmbeddedDatabaseServer embeddedDatabaseServer(EmbeddedDatabaseProperties properties, Environment environment)
			throws IOException {
		if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			throw new EmbeddedDatabaseRefused();
		}
		return EmbeddedDatabaseServer.acquire(properties);
	}

	@Bean
	JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedDatabaseServer server) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return server.username();
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl();
			}

		};
	}

	/**
	 * Flyway migrates as the owner of the tables; the application connects as the app
	 * role.
	 */
	@Bean
	FlywayConnectionDetails embeddedFlywayConnectionDetails(EmbeddedDatabaseServer server) {
		return new FlywayConnectionDetails() {

			@Override
			public String getUsername() {
				return server.ownerUsername();
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl();
			}

		};
	}

	static class NoDatabaseConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))
					&& context.getEnvironment().getProperty("zhengtong.embedded-database.enabled", Boolean.class, true)
					&& (context.getBeanFactory() == null || context.getBeanFactory()
						.getBeanNamesForType(JdbcConnectionDetails.class, false, false).length == 0);
		}

	}

}
