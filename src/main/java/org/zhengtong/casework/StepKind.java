package org.zhengtong.casework;

/**
 * How a step is decided: {@code ONE} assignee decides; {@code ALL} (会签, 并联) every
 * assignee decides and the step closes once, when the last one does; {@code FIRST} (抢办)
 * the first candidate to claim takes it, the others' tasks are cancelled.
 */
public enum StepKind {

	ONE, ALL, FIRST

}
