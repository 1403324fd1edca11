package org.zhengtong.casework.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which 委托 run at an instant, for reaching tasks and finding whom to tell. */
@Component
class DelegationRecords {

	private static final String RUNNING = "starts_at <= :at AND ends_at > :at AND revoked_at IS NULL";

	private final JdbcClient jdbc;

	DelegationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The people who delegated to {@code delegate}, running at {@code at}. */
	List<UUID> delegatorsOf(UUID delegate, Instant at) {
		return jdbc.sql("SELECT DISTINCT delegator FROM casework_delegation WHERE delegate = :delegate AND " + RUNNING)
			.param("delegate", delegate)
			.param("at", java.sql.Timestamp.from(at))
			.query(UUID.class)
			.list();
	}

	/** The delegates of any of {@code delegators}, running at {@code at}. */
	Set<UUID> delegatesOf(Collection<UUID> delegators, Instant at) {
		if (delegators.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc
			.sql("SELECT DISTINCT delegate FROM casework_delegation WHERE delegator = ANY(:delegators) AND " + RUNNING)
			.param("delegators", delegators.toArray(UUID[]::new))
			.param("at", java.sql.Timestamp.from(at))
			.query(UUID.class)
			.list());
	}

}
