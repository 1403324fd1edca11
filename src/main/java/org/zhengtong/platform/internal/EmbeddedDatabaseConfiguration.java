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
		return new ApplicationConnection(server.jdbcUrl(), server.username());
	}

	/**
	 * Flyway migrates as the owner of the tables; the application connects as the app
	 * role.
	 */
	@Bean
	FlywayConnectionDetails embeddedFlywayConnectionDetails(EmbeddedDatabaseServer server) {
		return new OwnerConnection(server.jdbcUrl(), server.ownerUsername());
	}

	/**
	 * A connection to the embedded server as one role (local connections need no
	 * password). One subclass per kind of details, so each is found only where it is
	 * asked for.
	 */
	abstract static class Connection {

		private final String url;

		private final String username;

		Connection(String url, String username) {
			this.url = url;
			this.username = username;
		}

		public String getUsername() {
			return username;
		}

		public String getPassword() {
			return "";
		}

		public String getJdbcUrl() {
			return url;
		}

	}

	static final class ApplicationConnection extends Connection implements JdbcConnectionDetails {

		ApplicationConnection(String url, String username) {
			super(url, username);
		}

	}

	static final class OwnerConnection extends Connection implements FlywayConnectionDetails {

		OwnerConnection(String url, String username) {
			super(url, username);
		}

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
