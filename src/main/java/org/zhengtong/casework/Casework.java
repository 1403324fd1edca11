package org.zhengtong.casework;

import java.util.List;
import java.util.Optional;

/**
 * 办件: the cases of every module and the tasks people act on. A module declares its
 * {@link CaseType}s as beans, starts a case for each of its records, and moves it through
 * the declared states; a transition may open a step whose tasks wait in the assignees' 待办
 * lists. People decide tasks with an 意见, claim 抢办 tasks, urge (催办), take a step back (撤回)
 * or return a case to an earlier state (退回); a person may hand their tasks to a colleague
 * for a while (委托).
 * <p>
 * Actors are account names. Every change is audited; a refusal ({@link CaseworkRefused})
 * changes nothing and leaves a DENIED audit entry. Two people acting on one task at the
 * same moment never both succeed: the second is told who did it and when. Each command
 * joins the caller's transaction when there is one (a refusal then rolls it back).
 */
public interface Casework {

	/**
	 * Starts a case in its type's initial state (history STARTED), with a case clock if
	 * asked.
	 * @throws CaseworkRefused for an unknown type, or a subject that already has a case
	 */
	CaseView start(StartCase command);

	/**
	 * Moves a case to a declared state, cancelling its open tasks, and opens the step
	 * asked for (publishing {@link TaskOpened} for each task). Reaching a terminal state
	 * closes the case ({@link CaseClosed}) and stops its clocks.
	 * @throws CaseworkRefused when the transition is not declared or the case is closed
	 */
	CaseView transition(Transition command);

	/**
	 * Gives a case the title it was waiting for, in the transaction that started it: a
	 * module that numbers its record as late as possible (the gap-free counter's row
	 * stays locked until commit) starts the case under a title without the number and
	 * sets the numbered one here, before opening the first step (so {@link TaskOpened}
	 * and clocks carry it). Not audited on its own: the start and the module's own action
	 * are.
	 * @param title at most 300 characters
	 * @throws CaseworkRefused when the case is closed or not found
	 */
	CaseView retitle(long caseId, String title, String actor);

	/**
	 * Decides an open task. The result says whether the step closed with it — true for
	 * exactly one caller per step, even when the last two 会签 decisions come at once.
	 * @throws CaseworkRefused when the actor does not reach the task, it is already done
	 * (the message names who did it and when), cancelled, or an unclaimed 抢办 task
	 */
	Decided decide(Decide command);

	/**
	 * 抢办: takes a FIRST task; the other candidates' tasks are cancelled. The first claim
	 * wins; a later one is refused naming the winner.
	 * @return the claimed task, now assigned to the actor
	 */
	TaskView claim(long taskId, String actor);

	/**
	 * 催办: urges the assignees of a case's open tasks with a message ({@link TaskUrged}
	 * for each), kept in the history.
	 * @return the number of tasks urged
	 */
	int urge(long caseId, String message, String actor);

	/**
	 * 撤回: whoever sent the case's open step takes it back while nobody of it has decided
	 * or claimed; the case returns to the state it came from, with a task for the sender.
	 * @throws CaseworkRefused when the actor did not send the step or someone has acted
	 */
	CaseView withdraw(long caseId, String actor);

	/**
	 * 退回: sends the case back to an earlier state with a reason; the step there reopens
	 * for the people who acted in it.
	 */
	CaseView returnTo(ReturnCase command);

	/** 委托: hands the delegator's tasks to a colleague for a period. */
	DelegationView delegate(Delegate command);

	/** Ends a 委托 now; only its delegator does it. */
	void revokeDelegation(long delegationId, String actor);

	/** The delegations a person gave and received, newest first. */
	List<DelegationView> delegationsOf(String username);

	Optional<CaseView> find(long caseId);

	Optional<CaseView> find(String type, String subjectId);

	/** 办理过程: everything that happened to the case, oldest first. */
	List<HistoryEntry> history(long caseId);

	/** The case's open tasks, oldest first. */
	List<TaskView> openTasks(long caseId);

	Optional<TaskView> task(long taskId);

	/** Whether the person may act on the task now (it is open and they reach it). */
	boolean mayAct(long taskId, String username);

	/** The declared type with this code. */
	Optional<CaseType<?>> type(String code);

}
