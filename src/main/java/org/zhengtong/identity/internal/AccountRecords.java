package org.zhengtong.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccountFilter;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.RoleGrant;
import org.zhengtong.identity.Roles;
import org.zhengtong.identity.Role;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The {@code identity_account}, {@code identity_password} and
 * {@code identity_account_role} tables.
 */
@Repository
class AccountRecords {

	record Account(UUID id, String username, String displayName, AccountKind kind, @Nullable UUID unitId,
			boolean active, @Nullable Instant lockedUntil, @Nullable String passwordHash, boolean mustChange,
			@Nullable Instant passwordChangedAt, List<RoleGrant> grants, boolean certificateOnly) {

		Set<Role> roles() {
			Set<Role> roles = new LinkedHashSet<>();
			grants.forEach((grant) -> roles.add(grant.role()));
			return roles;
		}

		boolean lockedAt(Instant now) {
			return lockedUntil != null && lockedUntil.isAfter(now);
		}

	}

	private final JdbcClient jdbc;

	private final Roles roles;

	AccountRecords(JdbcClient jdbc, Roles roles) {
		this.jdbc = jdbc;
		this.roles = roles;
	}

	/** An account with its password and roles, as login and lists need it. */
	private static final String COLUMNS = "a.id, a.username, a.display_name, a.kind, a.unit_id, a.active, a.certificate_only, "
			+ "a.locked_until, p.hash, coalesce(p.must_change, false) AS must_change, p.changed_at, "
			+ "array(SELECT concat_ws(':', r.role, r.scope, r.scope_unit_id, (SELECT string_agg(s.unit_id::text, ',') "
			+ "FROM identity_role_scope_unit s WHERE s.account_id = r.account_id AND s.role = r.role)) "
			+ "FROM identity_account_role r WHERE r.account_id = a.id ORDER BY r.role) AS grants";

	private static final String FROM = "identity_account a LEFT JOIN identity_password p ON p.account_id = a.id";

	/** An account with its password and roles in one query. */
	private static final String ACCOUNTS = "SELECT " + COLUMNS + " FROM " + FROM + " ";

	void setCertificateOnly(UUID account, boolean certificateOnly) {
		jdbc.sql("UPDATE identity_account SET certificate_only = ?, version = version + 1, "
				+ "security_stamp = security_stamp + 1 WHERE id = ?")
			.params(certificateOnly, account)
			.update();
	}

	Optional<Account> find(UUID id) {
		return jdbc.sql(ACCOUNTS + "WHERE a.id = ?").param(id).query(this::account).optional();
	}

	Optional<Account> find(String username) {
		return jdbc.sql(ACCOUNTS + "WHERE lower(a.username) = lower(?)")
			.param(username)
			.query(this::account)
			.optional();
	}

	/**
	 * The account, its row locked until the transaction ends: changes to one account's
	 * roles run one after the other, each seeing what the one before committed.
	 */
	Optional<Account> findLocked(String username) {
		return jdbc.sql("SELECT id FROM identity_account WHERE lower(username) = lower(?) FOR UPDATE")
			.param(username)
			.query(UUID.class)
			.optional()
			.flatMap(this::find);
	}

	/** The account's e-mail address, if it has one. */
	Optional<String> email(UUID account) {
		return jdbc.sql("SELECT email FROM identity_account WHERE id = ? AND email IS NOT NULL")
			.param(account)
			.query(String.class)
			.optional();
	}

	private Account account(ResultSet row, int number) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		Timestamp locked = row.getTimestamp("locked_until");
		return new Account(id, row.getString("username"), row.getString("display_name"),
				AccountKind.valueOf(row.getString("kind")), row.getObject("unit_id", UUID.class),
				row.getBoolean("active"), locked == null ? null : locked.toInstant(), row.getString("hash"),
				row.getBoolean("must_change"),
				row.getTimestamp("changed_at") == null ? null : row.getTimestamp("changed_at").toInstant(),
				grants((String[]) row.getArray("grants").getArray()), row.getBoolean("certificate_only"));
	}

	/**
	 * Accounts whose user name or name contains {@code text}, within {@code scope}: the
	 * scope is part of the query, not a filter applied afterwards.
	 */
	List<Account> search(String text, AccessScope scope, int limit, Instant now) {
		ListQuery list = list(AccountFilter.text(text), scope, now);
		return jdbc.sql(list.selectSql(AccountFilter.BY_USERNAME) + " LIMIT :search_limit")
			.params(list.params())
			.param("search_limit", limit)
			.query(this::account)
			.list();
	}

	/**
	 * Staff accounts in use within {@code scope} whose name or user name contains
	 * {@code name}, among {@code holders} when given; by name, at most {@code limit}.
	 */
	List<Account> people(@Nullable String name, @Nullable Set<UUID> holders, AccessScope scope, int limit,
			Instant now) {
		ListQuery list = list(new AccountFilter(name, AccountKind.STAFF, null, null, null), scope, now)
			.where("a.active")
			.filter("a.id = ANY(:holders)", "holders", holders == null ? null : holders.toArray(UUID[]::new));
		return jdbc.sql(list.selectSql(org.zhengtong.shared.ListSort.ascending("name")) + " LIMIT :people_limit")
			.params(list.params())
			.param("people_limit", limit)
			.query(this::account)
			.list();
	}

	/**
	 * 账户列表: the accounts within the (non-empty) scope matching the filter; locked means
	 * locked at {@code now}, as the list shows it.
	 */
	ListQuery list(AccountFilter filter, AccessScope scope, Instant now) {
		ListQuery list = ListQuery.select(COLUMNS, FROM)
			.sortable("username", "lower(a.username)")
			.sortable("name", "a.display_name")
			.sortable("kind", "a.kind")
			.tieBreaker("a.id")
			.defaultSort(AccountFilter.BY_USERNAME);
		if (!scope.all()) {
			list.where(scope.self() == null ? "a.unit_id = ANY(:scope_units)"
					: "(a.unit_id = ANY(:scope_units) OR a.id = :scope_self)")
				.param("scope_units", scope.unitArray());
			if (scope.self() != null) {
				list.param("scope_self", scope.self());
			}
		}
		String text = filter.text() == null ? null : filter.text().toLowerCase(Locale.ROOT);
		list.filter("(lower(a.username) LIKE :text ESCAPE '\\' OR lower(a.display_name) LIKE :text ESCAPE '\\')",
				"text", ListQuery.containing(text))
			.filter("a.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
			.filter("a.unit_id = :unit", "unit", filter.unit())
			.filter("EXISTS (SELECT 1 FROM identity_account_role g WHERE g.account_id = a.id AND g.role = :role)",
					"role", filter.role());
		if (filter.status() != null) {
			list.filter(switch (filter.status()) {
				case ACTIVE -> "a.active AND (a.locked_until IS NULL OR a.locked_until <= :now)";
				case LOCKED -> "a.locked_until > :now";
				case INACTIVE -> "NOT a.active AND (a.locked_until IS NULL OR a.locked_until <= :now)";
			}, "now", Timestamp.from(now));
		}
		return list;
	}

	PageOf<Account> page(ListQuery list, @Nullable ListSort sort, int page, int size) {
		return list.page(jdbc, sort, page, size, this::account);
	}

	long count(ListQuery list) {
		return list.count(jdbc);
	}

	/** Every account of the list in its order, read in batches. */
	void each(ListQuery list, @Nullable ListSort sort, Consumer<Account> account) {
		list.each(jdbc, sort, (row) -> account.accept(account(row, 0)));
	}

	void setActive(UUID account, boolean active) {
		jdbc.sql("UPDATE identity_account SET active = ?, security_stamp = security_stamp + 1 WHERE id = ?")
			.params(active, account)
			.update();
	}

	/** Ends the account-wide lock and every block of a source (LoginGuard). */
	void unlock(String username) {
		jdbc.sql(
				"UPDATE identity_account SET failed_attempts = 0, locked_until = NULL WHERE lower(username) = lower(?)")
			.param(username)
			.update();
		jdbc.sql("DELETE FROM identity_login_failure WHERE account_id = "
				+ "(SELECT id FROM identity_account WHERE lower(username) = lower(?))")
			.param(username)
			.update();
	}

	/** {@code ROLE:SCOPE[:unit[:custom,custom…]]}, as the query above writes them. */
	private List<RoleGrant> grants(String[] encoded) {
		List<RoleGrant> grants = new ArrayList<>();
		for (String grant : encoded) {
			String[] parts = grant.split(":", -1);
			UUID unit = parts.length > 2 && !parts[2].isEmpty() ? UUID.fromString(parts[2]) : null;
			Set<UUID> custom = new HashSet<>();
			if (parts.length > 3) {
				for (String id : parts[3].split(",")) {
					if (!id.isEmpty()) {
						custom.add(UUID.fromString(id));
					}
				}
			}
			// A role no module declares any more gives nothing (its row stays for the
			// record).
			Optional<Role> role = roles.find(parts[0]);
			if (role.isPresent()) {
				grants.add(new RoleGrant(role.get(), DataScope.valueOf(parts[1]), unit, custom));
			}
		}
		return grants;
	}

	/**
	 * Active accounts holding the role; their rows stay locked, so two revocations cannot
	 * both pass the check.
	 */
	int activeHolders(Role role) {
		return jdbc
			.sql("SELECT count(*) FROM (SELECT 1 FROM identity_account_role r JOIN identity_account a "
					+ "ON a.id = r.account_id WHERE r.role = ? AND a.active FOR UPDATE OF r) holders")
			.param(role.code())
			.query(Integer.class)
			.single();
	}

	void revoke(UUID account, Role role) {
		jdbc.sql("DELETE FROM identity_account_role WHERE account_id = ? AND role = ?")
			.params(account, role.code())
			.update();
		bumpAuthority(account);
	}

	boolean anyoneHolds(Role role) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_account_role WHERE role = ?)")
			.param(role.code())
			.query(Boolean.class)
			.single();
	}

	void insert(UUID id, String username, String displayName, AccountKind kind, @Nullable UUID unitId, Instant now) {
		jdbc.sql("""
				INSERT INTO identity_account (id, username, display_name, kind, unit_id, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, username, displayName, kind.name(), unitId, Timestamp.from(now))
			.update();
	}

	void setPassword(UUID account, String hash, boolean mustChange, Instant now) {
		jdbc.sql("""
				INSERT INTO identity_password (account_id, hash, changed_at, must_change) VALUES (?, ?, ?, ?)
				ON CONFLICT (account_id) DO UPDATE SET hash = EXCLUDED.hash, changed_at = EXCLUDED.changed_at,
				    must_change = EXCLUDED.must_change""")
			.params(account, hash, Timestamp.from(now), mustChange)
			.update();
		// Every route that sets a password comes here: the account's other sessions end.
		bumpSecurity(account);
	}

	/** Gives the role, or changes the scope of a role already held. */
	void grant(UUID account, RoleGrant grant, String actor, Instant now) {
		jdbc.sql("""
				INSERT INTO identity_account_role (account_id, role, scope, scope_unit_id, granted_at, granted_by)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (account_id, role) DO UPDATE SET scope = EXCLUDED.scope,
				    scope_unit_id = EXCLUDED.scope_unit_id, granted_at = EXCLUDED.granted_at,
				    granted_by = EXCLUDED.granted_by""")
			.params(account, grant.role().code(), grant.scope().name(), grant.unitId(), Timestamp.from(now), actor)
			.update();
		jdbc.sql("DELETE FROM identity_role_scope_unit WHERE account_id = ? AND role = ?")
			.params(account, grant.role().code())
			.update();
		for (UUID unit : grant.customUnits()) {
			jdbc.sql("INSERT INTO identity_role_scope_unit (account_id, role, unit_id) VALUES (?, ?, ?)")
				.params(account, grant.role().code(), unit)
				.update();
		}
		bumpAuthority(account);
	}

	void setUnit(UUID account, @Nullable UUID unit) {
		jdbc.sql("UPDATE identity_account SET unit_id = ?, authority_stamp = authority_stamp + 1 WHERE id = ?")
			.params(unit, account)
			.update();
	}

	/**
	 * What a session compares with the stamps it recorded at login (see
	 * {@link SessionGuard}): one primary-key lookup.
	 */
	record Stamps(UUID id, String username, boolean active, long security, long authority) {
	}

	Optional<Stamps> stamps(UUID account) {
		return jdbc
			.sql("SELECT id, username, active, security_stamp, authority_stamp FROM identity_account WHERE id = ?")
			.param(account)
			.query((row, number) -> new Stamps(row.getObject("id", UUID.class), row.getString("username"),
					row.getBoolean("active"), row.getLong("security_stamp"), row.getLong("authority_stamp")))
			.optional();
	}

	Optional<Stamps> stamps(String username) {
		return jdbc
			.sql("SELECT id, username, active, security_stamp, authority_stamp FROM identity_account "
					+ "WHERE lower(username) = lower(?)")
			.param(username)
			.query((row, number) -> new Stamps(row.getObject("id", UUID.class), row.getString("username"),
					row.getBoolean("active"), row.getLong("security_stamp"), row.getLong("authority_stamp")))
			.optional();
	}

	/**
	 * Password, deactivation, certificate-only, signing out everywhere: in the caller's
	 * transaction, the account's open sessions end at their next request.
	 */
	void bumpSecurity(UUID account) {
		jdbc.sql("UPDATE identity_account SET security_stamp = security_stamp + 1 WHERE id = ?")
			.param(account)
			.update();
	}

	/**
	 * Roles and their scope: open sessions reload their authorities at their next
	 * request.
	 */
	void bumpAuthority(UUID account) {
		jdbc.sql("UPDATE identity_account SET authority_stamp = authority_stamp + 1 WHERE id = ?")
			.param(account)
			.update();
	}

	void succeeded(String username) {
		jdbc.sql(
				"UPDATE identity_account SET failed_attempts = 0, locked_until = NULL WHERE lower(username) = lower(?) "
						+ "AND (failed_attempts <> 0 OR locked_until IS NOT NULL)")
			.param(username)
			.update();
	}

}
