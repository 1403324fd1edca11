package org.zhengtong.platform.internal;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * Scheduled jobs take a ShedLock lock in PostgreSQL, so with several application
 * instances each job runs on one of them at a time. Annotate a {@code @Scheduled} method
 * with {@code @SchedulerLock(name = "module.job")}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	/**
	 * Scheduled jobs run in the web application, not in command-line tools (backup,
	 * restore).
	 */
	@Configuration(proxyBeanMethods = false)
	@RunningPlatformOnly
	@EnableScheduling
	static class Scheduling {

	}

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
