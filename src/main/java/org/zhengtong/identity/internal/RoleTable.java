package org.zhengtong.identity.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.Role;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * Writes the declared roles into {@code identity_role} at start-up, before anything is
 * granted: the database refuses a grant of a role no module declares (a foreign key and
 * the {@code declared} flag), of a role the account's kind may not hold, and a second
 * role of one exclusive group on one account (a unique index), whatever the code does. A
 * role no longer declared stays in the table for the grants that name it, marked
 * undeclared.
 */
@Component
@RunningPlatformOnly
class RoleTable implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(RoleTable.class);

	private final RoleRegistry roles;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	RoleTable(RoleRegistry roles, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.roles = roles;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public void afterPropertiesSet() {
		transactions.executeWithoutResult((status) -> sync());
	}

	void sync() {
		List<String> codes = roles.all().stream().map(Role::code).toList();
		for (Role role : roles.all()) {
			jdbc.sql("""
					INSERT INTO identity_role (code, held_by, exclusive_group, administrator, declared)
					VALUES (?, string_to_array(?, ','), ?, ?, TRUE)
					ON CONFLICT (code) DO UPDATE SET held_by = EXCLUDED.held_by,
					    exclusive_group = EXCLUDED.exclusive_group, administrator = EXCLUDED.administrator,
					    declared = TRUE""")
				.params(role.code(), kinds(role), role.exclusiveGroup(), role.administrator())
				.update();
		}
		// A role moved into or out of a group: its grants follow (the unique index
		// refuses an
		// account that would then hold two roles of one group, and the start stops).
		jdbc.sql("""
				UPDATE identity_account_role g SET exclusive_group = r.exclusive_group FROM identity_role r
				WHERE r.code = g.role AND g.exclusive_group IS DISTINCT FROM r.exclusive_group""").update();
		int gone = jdbc.sql(
				"UPDATE identity_role SET declared = FALSE WHERE declared AND NOT (code = ANY (string_to_array(?, ',')))")
			.param(String.join(",", codes))
			.update();
		if (gone > 0) {
			log.warn("{} role(s) in identity_role are no longer declared by any module: no new grants of them", gone);
		}
	}

	private static String kinds(Role role) {
		return String.join(",", role.heldBy().stream().map(AccountKind::name).sorted().toList());
	}

}
