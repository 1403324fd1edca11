package org.zhengtong.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/** The {@code audit_entry} table. */
@Repository
class AuditRecords {

	/**
	 * The advisory lock that puts appends in one order, so each entry links to the one
	 * before.
	 */
	static final long APPEND_LOCK = 0x7a68656e67L;

	private static final String COLUMNS = "id, occurred_at, actor, post, unit_id, address, action, object_type, "
			+ "object_id, outcome, summary, before_state, after_state, object_label";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	AuditRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/** Call in a transaction: holds the append lock until it ends. */
	void lockForAppend() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((row) -> {
		});
	}

	boolean contains(AuditableEvent event) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE event_id = ?)")
			.param(event.id())
			.query(Boolean.class)
			.single();
	}

	Optional<String> lastHash() {
		return jdbc.sql("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").query(String.class).optional();
	}

	/**
	 * The id after the newest entry's: gap-free, since appends hold the append lock (a
	 * transaction that rolls back takes its id with it), so a gap in the ids always means
	 * entries were removed.
	 */
	long nextId() {
		return jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM audit_entry").query(Long.class).single();
	}

	/** Inserts the entry; its object label goes beside it, outside the hash. */
	void insert(AuditEntry entry, AuditableEvent event, Timestamp recordedAt, String previousHash, String hash) {
		jdbc.sql("""
				INSERT INTO audit_entry (id, event_id, occurred_at, recorded_at, actor, post, unit_id, address, action,
				    object_type, object_id, outcome, summary, before_state, after_state, previous_hash, hash,
				    object_label)
				OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.id(), event.id(), Timestamp.from(entry.occurredAt()), recordedAt, entry.actor(), entry.post(),
					entry.unitId(), entry.address(), entry.action(), entry.objectType(), entry.objectId(),
					entry.outcome().name(), entry.summary(), entry.before(), entry.after(), previousHash, hash,
					entry.objectLabel())
			.update();
	}

	/**
	 * The auditor's list: the entries matching the query, sortable by id, time, actor,
	 * action and outcome, newest first unless asked otherwise, the id breaking ties. The
	 * actor is an account name exactly; the person asked for is their account name, or
	 * any of {@code named} (the accounts whose person's name matched); the object, its
	 * type or id exactly or part of its label.
	 */
	ListQuery list(AuditQuery query, List<String> named) {
		ListQuery list = ListQuery.select(COLUMNS, "audit_entry")
			.sortable("id", "id")
			.sortable("time", "occurred_at")
			.sortable("actor", "actor")
			.sortable("action", "action")
			.sortable("outcome", "outcome")
			.tieBreaker("id")
			.defaultSort(AuditQuery.NEWEST_FIRST);
		if (query.from() != null) {
			list.filter("occurred_at >= :from", "from", Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
		}
		if (query.to() != null) {
			list.filter("occurred_at < :to", "to",
					Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		list.filter("actor = :actor", "actor", blankAsNull(query.actor()));
		String person = blankAsNull(query.person());
		if (person != null) {
			list.filter("(actor = :person OR actor IN (:named))", "person", person);
			list.param("named", named.isEmpty() ? List.of("") : named);
		}
		String object = blankAsNull(query.object());
		if (object != null) {
			list.filter("(object_type = :object OR object_id = :object OR object_label ILIKE :objectLike ESCAPE '\\')",
					"object", object);
			list.param("objectLike", ListQuery.containing(object));
		}
		String action = blankAsNull(query.action());
		if (action != null && action.endsWith(".")) {
			list.filterStartsWith("action", "action", action);
		}
		else {
			list.filter("action = :action", "action", action);
		}
		return list.filter("outcome = :outcome", "outcome", query.outcome() == null ? null : query.outcome().name());
	}

	PageOf<AuditEntry> page(AuditQuery query, List<String> named, @Nullable ListSort sort, int page, int size) {
		return list(query, named).page(jdbc, sort, page, size, AuditRecords::entry);
	}

	long count(AuditQuery query, List<String> named) {
		return list(query, named).count(jdbc);
	}

	private static @Nullable String blankAsNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * Every matching entry in the list's order, one at a time (the table may be large).
	 */
	void each(AuditQuery query, List<String> named, @Nullable ListSort sort, Consumer<AuditEntry> consumer) {
		list(query, named).each(jdbc, sort, (row) -> {
			consumer.accept(entry(row, 0));
		});
	}

	/** The whole chain, oldest first, with each entry's stored links. */
	void chain(ChainVisitor visitor) {
		jdbc.sql("SELECT " + COLUMNS + ", previous_hash, hash FROM audit_entry ORDER BY id")
			.withFetchSize(1000)
			.query((row) -> {
				visitor.visit(entry(row, 0), row.getString("previous_hash"), row.getString("hash"));
			});
	}

	interface ChainVisitor {

		void visit(AuditEntry entry, String previousHash, String hash);

	}

	static AuditEntry entry(ResultSet row, int number) throws SQLException {
		return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
				row.getString("post"), row.getString("unit_id"), row.getString("address"), row.getString("action"),
				row.getString("object_type"), row.getString("object_id"), Outcome.valueOf(row.getString("outcome")),
				row.getString("summary"), row.getString("before_state"), row.getString("after_state"),
				row.getString("object_label"));
	}

}
