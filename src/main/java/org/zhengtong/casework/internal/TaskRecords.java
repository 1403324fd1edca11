package org.zhengtong.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Set-based reads over tasks. */
@Component
class TaskRecords {

	private final JdbcClient jdbc;

	TaskRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The assignee keys of the open tasks showing clock {@code clockId}. */
	List<String> openAssigneesOn(long clockId) {
		return jdbc.sql("SELECT DISTINCT assignee FROM casework_task WHERE clock_id = ? AND status = 'OPEN'")
			.param(clockId)
			.query(String.class)
			.list();
	}

	/** The assignee of a task while it is open. */
	Optional<String> openAssignee(long taskId) {
		return jdbc.sql("SELECT assignee FROM casework_task WHERE id = ? AND status = 'OPEN'")
			.param(taskId)
			.query(String.class)
			.optional();
	}

}
