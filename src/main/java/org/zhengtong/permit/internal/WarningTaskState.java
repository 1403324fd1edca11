package org.zhengtong.permit.internal;

/**
 * The states of a 黄牌/红牌 task's core case ({@code permit.warning}): raised, waiting in the
 * department leader's 待办, resolved.
 */
public enum WarningTaskState {

	RAISED, OPEN, RESOLVED

}
