package org.zhengtong.platform.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.DatabaseOwner;

/**
 * The owner is whoever Flyway migrates as: the embedded server's superuser, or
 * {@code spring.flyway.user} / {@code spring.flyway.url} when configured; without them,
 * the application's own connection settings (one role for everything: no separation).
 */
@Component
class FlywayDatabaseOwner implements DatabaseOwner {

	private final ObjectProvider<FlywayConnectionDetails> flyway;

	private final JdbcConnectionDetails application;

	FlywayDatabaseOwner(ObjectProvider<FlywayConnectionDetails> flyway, JdbcConnectionDetails application) {
		this.flyway = flyway;
		this.application = application;
	}

	@Override
	public DataSource dataSource() {
		FlywayConnectionDetails owner = flyway.getIfAvailable();
		String url = owner != null && owner.getJdbcUrl() != null ? owner.getJdbcUrl() : application.getJdbcUrl();
		boolean ownUser = owner != null && owner.getUsername() != null;
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource();
		dataSource.setDriverClass(org.postgresql.Driver.class);
		dataSource.setUrl(url);
		dataSource.setUsername(ownUser ? owner.getUsername() : application.getUsername());
		dataSource.setPassword(ownUser ? owner.getPassword() : application.getPassword());
		return dataSource;
	}

	@Override
	public DataSource dataSource(String database) {
		SimpleDriverDataSource dataSource = (SimpleDriverDataSource) dataSource();
		dataSource.setUrl(dataSource.getUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
		return dataSource;
	}

}
