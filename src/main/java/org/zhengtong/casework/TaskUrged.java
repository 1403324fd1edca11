package org.zhengtong.casework;

/** 催办: someone urged the assignee of an open task, with a message. */
public record TaskUrged(long taskId, long caseId, String module, String title, String link, Assignee assignee,
		String urgedByName, String message) {
}
