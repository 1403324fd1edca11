package org.zhengtong.pki.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the administrators' second factor rests on: the login certificates ever issued to
 * an account ({@code pki_certificate}, never deleted) and the re-enrolment windows
 * ({@code pki_reenrolment}).
 */
@Repository
class SecondFactorRecords {

	private final JdbcClient jdbc;

	SecondFactorRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether a staff login certificate was ever issued to the holder, valid or not. */
	boolean everHeldLoginCertificate(String holder) {
		return Boolean.TRUE.equals(jdbc
			.sql("""
					SELECT EXISTS (SELECT 1 FROM pki_certificate WHERE lower(holder) = lower(?) AND profile = 'STAFF_AUTH')""")
			.param(holder)
			.query(Boolean.class)
			.single());
	}

	/**
	 * Whether the holder has a login certificate that is unrevoked and within its
	 * validity.
	 */
	boolean holdsValidLoginCertificate(String holder, Instant now) {
		return Boolean.TRUE.equals(jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM pki_certificate WHERE lower(holder) = lower(?) AND profile = 'STAFF_AUTH'
				  AND status = 'VALID' AND not_before <= ? AND not_after > ?)""")
			.params(holder, Timestamp.from(now), Timestamp.from(now))
			.query(Boolean.class)
			.single());
	}

	void openWindow(String holder, String operator, Instant now, Instant until) {
		jdbc.sql("INSERT INTO pki_reenrolment (id, holder, opened_by, opened_at, open_until) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), holder, operator, Timestamp.from(now), Timestamp.from(until))
			.update();
	}

	/**
	 * The end of the holder's open window: not run out, and no login certificate issued
	 * to them since it was opened.
	 */
	Optional<Instant> windowOpenUntil(String holder, Instant now) {
		return jdbc.sql("""
				SELECT max(r.open_until) FROM pki_reenrolment r
				WHERE lower(r.holder) = lower(?) AND r.open_until > ?
				  AND NOT EXISTS (SELECT 1 FROM pki_certificate c WHERE lower(c.holder) = lower(r.holder)
				                  AND c.profile = 'STAFF_AUTH' AND c.created_at >= r.opened_at)""")
			.params(holder, Timestamp.from(now))
			.query((row, number) -> Optional.ofNullable(row.getTimestamp(1)))
			.single()
			.map(Timestamp::toInstant);
	}

}
