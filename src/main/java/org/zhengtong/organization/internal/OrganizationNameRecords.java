package org.zhengtong.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.audit.AuditNames;

/** Units by their name of the day and departments by name, for the audit log. */
@Repository
class OrganizationNameRecords implements AuditNames {

	private final JdbcClient jdbc;

	private final Clock clock;

	OrganizationNameRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public @Nullable String objectLabel(String type, String id) {
		try {
			return switch (type) {
				case "unit" -> jdbc.sql("""
						SELECT full_name FROM organization_unit_name
						WHERE unit_id = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1""")
					.params(UUID.fromString(id), LocalDate.now(clock))
					.query(String.class)
					.optional()
					.orElse(null);
				case "department" -> jdbc.sql("SELECT name FROM organization_department WHERE id = ?")
					.param(UUID.fromString(id))
					.query(String.class)
					.optional()
					.orElse(null);
				default -> null;
			};
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
