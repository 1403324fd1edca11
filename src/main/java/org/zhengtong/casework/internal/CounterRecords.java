package org.zhengtong.casework.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sequences behind the counters, in SQL: one row per scope and year, which every
 * taker updates and so locks until its transaction ends.
 */
@Repository
class CounterRecords {

	private final JdbcClient jdbc;

	CounterRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number of a scope in a year, counted up in the caller's transaction. The
	 * first taker of a year inserts the row (starting at 1); the others update it, and
	 * wait for the row while another transaction holds it. A rollback undoes the step, so
	 * the number is taken again by the next one.
	 */
	long next(String scope, int year) {
		return jdbc.sql("""
				INSERT INTO casework_counter_year (scope, year, next_value) VALUES (:scope, :year, 2)
				ON CONFLICT (scope, year) DO UPDATE SET next_value = casework_counter_year.next_value + 1
				RETURNING next_value - 1""").param("scope", scope).param("year", year).query(Long.class).single();
	}

}
