package org.zhengtong.pki.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.pki.RequestView;

/** Which case and approval task belong to a certificate request (pki_request, V79). */
@Repository
class RequestCaseRecords {

	/** A request and its approval task, if it has a case. */
	record Waiting(RequestView request, @Nullable Long task) {
	}

	private final JdbcClient jdbc;

	RequestCaseRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void link(UUID request, long caseId, long task) {
		jdbc.sql("UPDATE pki_request SET case_id = ?, approval_task_id = ? WHERE id = ?")
			.params(caseId, task, request)
			.update();
	}

	Optional<Long> caseOf(UUID request) {
		return jdbc.sql("SELECT case_id FROM pki_request WHERE id = ? AND case_id IS NOT NULL")
			.param(request)
			.query(Long.class)
			.optional();
	}

	Optional<Long> approvalTask(UUID request) {
		return jdbc.sql("SELECT approval_task_id FROM pki_request WHERE id = ? AND approval_task_id IS NOT NULL")
			.param(request)
			.query(Long.class)
			.optional();
	}

	Optional<RequestView> request(UUID id) {
		return jdbc.sql("SELECT * FROM pki_request WHERE id = ?")
			.param(id)
			.query(RegistrationService::requestRow)
			.optional();
	}

	/** The requests waiting for an operator, oldest first. */
	List<Waiting> pending() {
		return jdbc.sql("SELECT * FROM pki_request WHERE status = 'PENDING' ORDER BY created_at")
			.query((row, number) -> new Waiting(RegistrationService.requestRow(row, number),
					(Long) row.getObject("approval_task_id")))
			.list();
	}

	/** Pending requests made before approval ran on the case-work core. */
	List<UUID> pendingWithoutCase() {
		return jdbc.sql("SELECT id FROM pki_request WHERE status = 'PENDING' AND case_id IS NULL ORDER BY created_at")
			.query(UUID.class)
			.list();
	}

	/**
	 * The request, locked, while it is pending without a case; empty when another
	 * instance is opening its case now or has done so.
	 */
	Optional<RequestView> lockPendingWithoutCase(UUID id) {
		return jdbc.sql("""
				SELECT * FROM pki_request WHERE id = ? AND status = 'PENDING' AND case_id IS NULL
				FOR UPDATE SKIP LOCKED""").param(id).query(RegistrationService::requestRow).optional();
	}

}
