package org.zhengtong.casework;

import org.zhengtong.shared.Refusal;

/**
 * Something the case-work rules refuse; nothing was changed, and the refusal is in the
 * audit log (DENIED).
 */
public class CaseworkRefused extends Refusal {

	private CaseworkRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static CaseworkRefused unknownType(String code) {
		return new CaseworkRefused("casework.refused.unknownType", "No case type " + code, code);
	}

	public static CaseworkRefused unknownState(String type, String state) {
		return new CaseworkRefused("casework.refused.unknownState", type + " has no state " + state, state);
	}

	public static CaseworkRefused transitionNotAllowed(String type, String from, String to) {
		return new CaseworkRefused("casework.refused.transitionNotAllowed",
				type + " does not go from " + from + " to " + to, from, to);
	}

	public static CaseworkRefused caseNotFound(long id) {
		return new CaseworkRefused("casework.refused.caseNotFound", "No case " + id, id);
	}

	public static CaseworkRefused taskNotFound(long id) {
		return new CaseworkRefused("casework.refused.taskNotFound", "No task " + id, id);
	}

	public static CaseworkRefused alreadyStarted(String type, String subject) {
		return new CaseworkRefused("casework.refused.alreadyStarted", type + " " + subject + " already has a case",
				subject);
	}

	public static CaseworkRefused caseClosed() {
		return new CaseworkRefused("casework.refused.caseClosed", "The case is closed");
	}

	/** The actor does not reach the task's assignee. */
	public static CaseworkRefused notAssignee(String assignee) {
		return new CaseworkRefused("casework.refused.notAssignee", "This task is for " + assignee, assignee);
	}

	/** 此事项已由 赵敏 于 2026-12-03 10:15 办理. */
	public static CaseworkRefused alreadyDone(String by, String at) {
		return new CaseworkRefused("casework.refused.alreadyDone", "Already done by " + by + " at " + at, by, at);
	}

	public static CaseworkRefused taskCancelled() {
		return new CaseworkRefused("casework.refused.taskCancelled", "This task is no longer open");
	}

	/** Someone else changed the case at the same moment. */
	public static CaseworkRefused changedMeanwhile() {
		return new CaseworkRefused("casework.refused.changedMeanwhile", "Changed by someone else meanwhile");
	}

	public static CaseworkRefused notClaimable() {
		return new CaseworkRefused("casework.refused.notClaimable", "Only a 抢办 task is claimed");
	}

	public static CaseworkRefused notClaimed() {
		return new CaseworkRefused("casework.refused.notClaimed", "Claim this task before deciding it");
	}

	public static CaseworkRefused notSender() {
		return new CaseworkRefused("casework.refused.notSender", "Only whoever sent this step takes it back");
	}

	/** 撤回 refused: someone of the step has acted. */
	public static CaseworkRefused alreadyActed() {
		return new CaseworkRefused("casework.refused.alreadyActed",
				"Someone has already acted on it; it can no longer be taken back");
	}

	public static CaseworkRefused noOpenStep() {
		return new CaseworkRefused("casework.refused.noOpenStep", "The case waits for nobody");
	}

	public static CaseworkRefused notEarlier(String state) {
		return new CaseworkRefused("casework.refused.notEarlier", state + " is not an earlier state of the case",
				state);
	}

	public static CaseworkRefused reasonMissing() {
		return new CaseworkRefused("casework.refused.reasonMissing", "Give a reason");
	}

	public static CaseworkRefused tooLong(String field, int most) {
		return new CaseworkRefused("casework.refused.tooLong", field + " is longer than " + most, most);
	}

	public static CaseworkRefused unknownAccount(String name) {
		return new CaseworkRefused("casework.refused.unknownAccount", "No active account " + name, name);
	}

	public static CaseworkRefused selfDelegation() {
		return new CaseworkRefused("casework.refused.selfDelegation", "Nobody delegates to themselves");
	}

	public static CaseworkRefused badPeriod() {
		return new CaseworkRefused("casework.refused.badPeriod", "The period must end after it starts, in the future");
	}

	public static CaseworkRefused notYourDelegation() {
		return new CaseworkRefused("casework.refused.notYourDelegation", "Only the delegator revokes a delegation");
	}

}
