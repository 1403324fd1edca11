package org.zhengtong.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import org.zhengtong.platform.DatabaseOwner;

/**
 * Does what a database superuser can do to the audit log — switch the triggers off for
 * the session and change, delete or insert rows — checks, and puts everything back. While
 * it runs it holds the append and checkpoint locks, so nothing else the shared test
 * context does is appended to the tampered log (and later collides with the rows put
 * back).
 */
public final class Tampering {

	private final DatabaseOwner owner;

	public Tampering(DatabaseOwner owner) {
		this.owner = owner;
	}

	public <T> T whileTampered(String tamper, String repair, Supplier<T> check) {
		return whileTampered(tamper, repair, check, true);
	}

	/**
	 * For changes in place (UPDATE) only, whose rows nothing appended meanwhile collides
	 * with: holds no lock, so the check may itself append (a page that audits its use).
	 */
	public <T> T whileChanged(String tamper, String repair, Supplier<T> check) {
		return whileTampered(tamper, repair, check, false);
	}

	private <T> T whileTampered(String tamper, String repair, Supplier<T> check, boolean lock) {
		try (Connection connection = owner.dataSource().getConnection()) {
			if (lock) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SELECT pg_advisory_lock(" + AuditRecords.APPEND_LOCK + "), pg_advisory_lock("
							+ AuditCheckpoints.MAKE_LOCK + ")");
				}
			}
			try {
				asSuperuser(connection, tamper);
				return check.get();
			}
			finally {
				asSuperuser(connection, repair);
				try (Statement statement = connection.createStatement()) {
					statement.execute("SELECT pg_advisory_unlock_all()");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void asSuperuser(Connection connection, String sql) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET LOCAL session_replication_role = replica");
			statement.execute(sql);
			connection.commit();
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

}
