package org.zhengtong.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Spring Session JDBC on PostgreSQL. Two requests of one session that add the same
 * attribute at once (a browser loading a page and its htmx parts, a double click) both
 * insert it; with the plain {@code INSERT} the second fails on
 * {@code spring_session_attributes_pk} and the request answers 500. Spring Session's
 * PostgreSQL customizer makes that insert an upsert ({@code ON CONFLICT … DO UPDATE}):
 * the last writer wins, as with any attribute update.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresqlSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
