package org.zhengtong.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases, steps, tasks and clocks written straight into the tables, so the inbox is tested
 * without the case-work service that opens them.
 */
final class InboxRows {

	private final JdbcClient jdbc;

	InboxRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A clock in {@code state} whose warning starts at {@code warnAt}, due at
	 * {@code dueAt}.
	 */
	long clock(Instant dueAt, Instant warnAt, String state) {
		return jdbc
			.sql("""
					INSERT INTO casework_clock (module, subject, measure, amount, started_at, warn_share, state, due_at, warn_at)
					VALUES ('inboxtest', '测试期限', 'WORKING_DAYS', 5, :started, 0.80, :state, :due, :warn) RETURNING id""")
			.param("started", Timestamp.from(warnAt.minusSeconds(86_400 * 5)))
			.param("state", state)
			.param("due", Timestamp.from(dueAt))
			.param("warn", Timestamp.from(warnAt))
			.query(Long.class)
			.single();
	}

	/** A case with one open step; returns the ids of the case and the step. */
	long[] openCase(String module, String type, String title, @Nullable UUID startedBy, String state,
			Instant startedAt) {
		long kase = jdbc.sql("""
				INSERT INTO casework_case (type, module, subject_id, title, state, link, started_by, started_by_name,
				    started_at)
				VALUES (:type, :module, :subject, :title, :state, '/workbench/inboxtest/' || :subject, :by, '测试发起人',
				    :at) RETURNING id""")
			.param("type", type)
			.param("module", module)
			.param("subject", UUID.randomUUID().toString())
			.param("title", title)
			.param("state", state)
			.param("by", startedBy)
			.param("at", Timestamp.from(startedAt))
			.query(Long.class)
			.single();
		long step = jdbc.sql("""
				INSERT INTO casework_step (case_id, state, kind, status, opened_by_name, opened_at)
				VALUES (:case, :state, 'ONE', 'OPEN', '测试发起人', :at) RETURNING id""")
			.param("case", kase)
			.param("state", state)
			.param("at", Timestamp.from(startedAt))
			.query(Long.class)
			.single();
		return new long[] { kase, step };
	}

	/** An open task on a new case; returns the case's link. */
	String openTask(String module, String type, String title, String assignee, String sentBy, Instant sentAt,
			@Nullable Long clock) {
		long[] ids = openCase(module, type, title, null, "REVIEW", sentAt);
		task(ids, module, type, assignee, "OPEN", sentBy, sentAt, clock, null, null);
		return jdbc.sql("SELECT link FROM casework_case WHERE id = ?").param(ids[0]).query(String.class).single();
	}

	void task(long[] caseAndStep, String module, String type, String assignee, String status, String sentBy,
			Instant sentAt, @Nullable Long clock, @Nullable UUID doneBy, @Nullable Instant doneAt) {
		jdbc.sql(
				"""
						INSERT INTO casework_task (step_id, case_id, module, type, status, assignee, assignee_name, sent_by_name,
						    sent_at, clock_id, done_by, done_by_name, done_at, decision)
						VALUES (:step, :case, :module, :type, :status, :assignee, '测试办理人', :sentBy, :sentAt, :clock, :doneBy,
						    CASE WHEN :doneBy::uuid IS NULL THEN NULL ELSE '测试办理人' END, :doneAt,
						    CASE WHEN :doneBy::uuid IS NULL THEN NULL ELSE 'APPROVE' END)""")
			.param("step", caseAndStep[1])
			.param("case", caseAndStep[0])
			.param("module", module)
			.param("type", type)
			.param("status", status)
			.param("assignee", assignee)
			.param("sentBy", sentBy)
			.param("sentAt", Timestamp.from(sentAt))
			.param("clock", clock)
			.param("doneBy", doneBy)
			.param("doneAt", doneAt == null ? null : Timestamp.from(doneAt))
			.update();
	}

	/**
	 * {@code count} open tasks for {@code assignee}, one case each, sent a second apart,
	 * without deadlines: for the paging and badge tests.
	 */
	void manyOpenTasks(int count, String module, String type, String assignee, Instant sentAt) {
		jdbc.sql(
				"""
						WITH c AS (
						  INSERT INTO casework_case (type, module, subject_id, title, state, link, started_by_name, started_at)
						  SELECT :type, :module, gen_random_uuid()::text, '批量事项 ' || lpad(n::text, 4, '0'), 'REVIEW',
						         '/workbench/inboxtest/' || n, '测试发起人', :at::timestamptz + n * interval '1 second'
						  FROM generate_series(1, :count) n RETURNING id, started_at),
						s AS (
						  INSERT INTO casework_step (case_id, state, kind, status, opened_by_name, opened_at)
						  SELECT id, 'REVIEW', 'ONE', 'OPEN', '测试发起人', started_at FROM c RETURNING id, case_id, opened_at)
						INSERT INTO casework_task (step_id, case_id, module, type, status, assignee, assignee_name, sent_by_name,
						    sent_at)
						SELECT s.id, s.case_id, :module, :type, 'OPEN', :assignee, '测试办理人', '批量送办人', s.opened_at FROM s""")
			.param("type", type)
			.param("module", module)
			.param("at", Timestamp.from(sentAt))
			.param("count", count)
			.param("assignee", assignee)
			.update();
	}

}
