package org.zhengtong.permit;

/**
 * A service guide version's life: drafted by the department's 事项管理员, submitted for
 * review, published (in force, one per item) or returned with a note, superseded when the
 * next version is published.
 */
public enum GuideState {

	DRAFT, SUBMITTED, RETURNED, PUBLISHED, SUPERSEDED

}
