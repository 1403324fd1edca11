package org.zhengtong.platform.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;

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
import org.zhengtong.platform.Secrets;

/**
 * Starts a real PostgreSQL server inside the application when no database is configured,
 * so {@code ./mvnw spring-boot:run} works on a fresh machine. A configured
 * {@code spring.datasource.url} (or a Testcontainers service connection in tests) wins.
 * The {@code prod} profile uses it only when asked to
 * ({@code zhengtong.embedded-database.in-production=true}: a small office on one
 * machine). Its passwords are secrets ({@code ./data/secrets/database-owner-password} and
 * {@code database-app-password}, generated on first start).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "release")
	EmbeddedDatabaseServer embeddedDatabaseServer(EmbeddedDatabaseProperties properties, Environment environment,
			Secrets secrets) throws IOException {
		refuseProductionUnlessAsked(properties, environment);
		return EmbeddedDatabaseServer.acquire(properties,
				new EmbeddedDatabaseServer.Passwords(
						password(secrets, "database-owner-password", "zhengtong.embedded-database.owner-password"),
						password(secrets, "database-app-password", "zhengtong.embedded-database.app-password")));
	}

	/**
	 * {@code prod} runs on a database server, or on the embedded one when the operator
	 * says so.
	 */
	static void refuseProductionUnlessAsked(EmbeddedDatabaseProperties properties, Environment environment) {
		if (Arrays.asList(environment.getActiveProfiles()).contains("prod") && !properties.inProduction()) {
			throw new EmbeddedDatabaseRefused();
		}
	}

	/**
	 * The password is the secret as written in its file (Base64), so an operator can use
	 * it:
	 * {@code PGPASSWORD=$(cat data/secrets/database-owner-password) psql -h 127.0.0.1 …}.
	 */
	private static String password(Secrets secrets, String name, String property) {
		return Base64.getEncoder().encodeToString(secrets.get(name, property, 24));
	}

	@Bean
	JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedDatabaseServer server) {
		return new ApplicationConnection(server.jdbcUrl(), server.username(), server.password());
	}

	/**
	 * Flyway migrates as the owner of the tables; the application connects as the app
	 * role.
	 */
	@Bean
	FlywayConnectionDetails embeddedFlywayConnectionDetails(EmbeddedDatabaseServer server) {
		return new OwnerConnection(server.jdbcUrl(), server.ownerUsername(), server.ownerPassword());
	}

	/**
	 * A connection to the embedded server as one role, with its password. One subclass
	 * per kind of details, so each is found only where it is asked for.
	 */
	abstract static class Connection {

		private final String url;

		private final String username;

		private final String password;

		Connection(String url, String username, String password) {
			this.url = url;
			this.username = username;
			this.password = password;
		}

		public String getUsername() {
			return username;
		}

		public String getPassword() {
			return password;
		}

		public String getJdbcUrl() {
			return url;
		}

	}

	static final class ApplicationConnection extends Connection implements JdbcConnectionDetails {

		ApplicationConnection(String url, String username, String password) {
			super(url, username, password);
		}

	}

	static final class OwnerConnection extends Connection implements FlywayConnectionDetails {

		OwnerConnection(String url, String username, String password) {
			super(url, username, password);
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
