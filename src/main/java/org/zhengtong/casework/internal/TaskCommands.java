package org.zhengtong.casework.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseworkRefused;
import org.zhengtong.casework.Decide;
import org.zhengtong.casework.Decided;
import org.zhengtong.casework.StepKind;
import org.zhengtong.casework.TaskCompleted;
import org.zhengtong.casework.TaskUrged;
import org.zhengtong.casework.TaskView;

/**
 * Deciding, claiming and urging tasks. Whatever changes a task first locks its step's
 * row, then reads the task: of two people acting at once the second finds it done.
 */
@Component
class TaskCommands {

	private final WorkCases cases;

	private final CaseSteps steps;

	private final CaseTasks tasks;

	private final TaskAccess access;

	private final Actors actors;

	private final Clocks clocks;

	private final Journal journal;

	TaskCommands(WorkCases cases, CaseSteps steps, CaseTasks tasks, TaskAccess access, Actors actors, Clocks clocks,
			Journal journal) {
		this.cases = cases;
		this.steps = steps;
		this.tasks = tasks;
		this.access = access;
		this.actors = actors;
		this.clocks = clocks;
		this.journal = journal;
	}

	Decided decide(Decide command) {
		String decision = Texts.optional(command.decision(), "decision", 40);
		if (decision == null) {
			throw CaseworkRefused.reasonMissing();
		}
		String opinion = Texts.optional(command.opinion(), "opinion", 2000);
		CaseStep step = lockedStepOf(command.taskId());
		CaseTask task = tasks.findById(command.taskId()).orElseThrow();
		String forName = access.check(task, command.actor());
		access.checkOpen(task);
		Actor actor = actors.of(command.actor());
		WorkCase workCase = cases.findById(task.caseId()).orElseThrow();
		if (step.kind() == StepKind.FIRST && task.claimedAt() == null) {
			claimInside(workCase, step, task, actor, forName);
		}
		task.decide(actor, forName, journal.now(), decision, opinion);
		journal.line(workCase, step.id(), actor, forName, "DECIDED", step.state(), null, decision, opinion);
		boolean closed = tasks.countByStepIdAndStatus(step.id(), CaseTask.Status.OPEN) == 0;
		if (closed) {
			step.end(CaseStep.Status.CLOSED, journal.now(), decision);
			clocks.stop(step.clockId());
		}
		journal.publish(new TaskCompleted(task.id(), workCase.id(), workCase.module(), workCase.type(), decision,
				opinion, actor.name(), forName, closed));
		journal.audit(actor, "decided", workCase,
				(forName == null ? "" : "代" + forName + " ") + "办理：" + decision + (closed ? "，本步办结" : ""), null,
				decision);
		List<String> decisions = tasks.findByStepIdOrderById(step.id())
			.stream()
			.filter((each) -> each.status() == CaseTask.Status.DONE)
			.map((each) -> String.valueOf(each.decision()))
			.toList();
		return new Decided(task.id(), workCase.id(), step.id(), step.state(), closed, decisions);
	}

	TaskView claim(long taskId, String username) {
		CaseStep step = lockedStepOf(taskId);
		CaseTask task = tasks.findById(taskId).orElseThrow();
		String forName = access.check(task, username);
		if (step.kind() != StepKind.FIRST) {
			throw CaseworkRefused.notClaimable();
		}
		access.checkOpen(task);
		Actor actor = actors.of(username);
		if (task.claimedAt() != null) {
			if (task.assignee().equals(Assignee.account(actor.id(), actor.name()).key())) {
				return task.view(step);
			}
			throw access.claimedBy(task);
		}
		claimInside(cases.findById(task.caseId()).orElseThrow(), step, task, actor, forName);
		return task.view(step);
	}

	private void claimInside(WorkCase workCase, CaseStep step, CaseTask task, Actor actor, @Nullable String forName) {
		task.claim(actor, journal.now());
		for (CaseTask sibling : tasks.findByStepIdOrderById(step.id())) {
			if (sibling.id() != task.id() && sibling.status() == CaseTask.Status.OPEN) {
				sibling.cancel();
			}
		}
		journal.line(workCase, step.id(), actor, forName, "CLAIMED", step.state(), null, null, null);
		journal.audit(actor, "claimed", workCase, "抢办签收", null, null);
	}

	int urge(long caseId, String message, String username) {
		String text = Texts.required(message, "message", 500);
		WorkCase workCase = cases.findById(caseId).orElseThrow(() -> CaseworkRefused.caseNotFound(caseId));
		if (workCase.closed()) {
			throw CaseworkRefused.caseClosed();
		}
		List<CaseTask> open = tasks.findByCaseIdAndStatusOrderById(caseId, CaseTask.Status.OPEN);
		if (open.isEmpty()) {
			throw CaseworkRefused.noOpenStep();
		}
		Actor actor = actors.of(username);
		for (CaseTask task : open) {
			journal.publish(new TaskUrged(task.id(), caseId, workCase.module(), workCase.title(), workCase.link(),
					new Assignee(task.assignee(), task.assigneeName()), actor.name(), text));
		}
		journal.line(workCase, open.get(0).stepId(), actor, null, "URGED", workCase.state(), null, null, text);
		journal.audit(actor, "urged", workCase, "催办：" + text, null, null);
		return open.size();
	}

	private CaseStep lockedStepOf(long taskId) {
		long stepId = tasks.stepOf(taskId).orElseThrow(() -> CaseworkRefused.taskNotFound(taskId));
		return steps.lock(stepId).orElseThrow();
	}

}
