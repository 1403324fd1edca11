package org.zhengtong.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.audit.AuditNames;
import org.zhengtong.shared.ListQuery;

/**
 * People by name for the audit log: an account's person's name for its entries, and the
 * accounts a name stands for when the auditor searches by it (陈静 → chenjing).
 */
@Repository
class AccountNameRecords implements AuditNames {

	private final JdbcClient jdbc;

	AccountNameRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public @Nullable String objectLabel(String type, String id) {
		if (!type.equals("account")) {
			return null;
		}
		UUID account;
		try {
			account = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return jdbc.sql("SELECT display_name FROM identity_account WHERE id = ?")
			.param(account)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Override
	public Map<String, String> personNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT username, display_name FROM identity_account WHERE username IN (:names)")
			.param("names", List.copyOf(usernames))
			.query((row) -> {
				names.put(row.getString("username"), row.getString("display_name"));
			});
		return names;
	}

	@Override
	public List<String> usernamesNamed(String text) {
		return jdbc.sql("""
				SELECT username FROM identity_account
				WHERE display_name LIKE :text ESCAPE '\\' OR lower(username) = lower(:exact)
				ORDER BY username LIMIT 500""")
			.param("text", ListQuery.containing(text))
			.param("exact", text.strip())
			.query(String.class)
			.list();
	}

}
