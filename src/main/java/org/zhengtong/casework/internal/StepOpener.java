package org.zhengtong.casework.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.TaskOpened;

/** Opens a step with one task per assignee, each announced by {@link TaskOpened}. */
@Component
class StepOpener {

	private final CaseSteps steps;

	private final CaseTasks tasks;

	private final Clocks clocks;

	private final Journal journal;

	StepOpener(CaseSteps steps, CaseTasks tasks, Clocks clocks, Journal journal) {
		this.steps = steps;
		this.tasks = tasks;
		this.clocks = clocks;
		this.journal = journal;
	}

	/**
	 * @param fromState the state the case was in before (撤回 returns there); {@code null}
	 * when the step cannot be withdrawn
	 */
	CaseStep open(WorkCase workCase, String state, OpenStep step, Actor sender, @Nullable String fromState) {
		Long stepClock = clocks.start(step.clock());
		Long taskClock = stepClock != null ? stepClock : workCase.clockId();
		CaseStep opened = steps
			.save(new CaseStep(workCase.id(), state, step.kind(), sender, journal.now(), stepClock, fromState));
		List<CaseTask> created = new ArrayList<>();
		for (Assignee assignee : step.assignees()) {
			created.add(tasks.save(new CaseTask(opened, workCase, assignee, sender, journal.now(), taskClock)));
		}
		for (CaseTask task : created) {
			journal
				.publish(new TaskOpened(task.id(), workCase.id(), workCase.module(), workCase.type(), workCase.title(),
						workCase.link(), new Assignee(task.assignee(), task.assigneeName()), sender.name(), taskClock));
		}
		return opened;
	}

	/**
	 * Ends the case's open step, if any (its row locked first), cancelling its open tasks
	 * and stopping its clock.
	 */
	@Nullable CaseStep endOpen(WorkCase workCase, CaseStep.Status status, @Nullable String outcome) {
		CaseStep open = steps.findFirstByCaseIdAndStatusOrderByIdDesc(workCase.id(), CaseStep.Status.OPEN)
			.flatMap((step) -> steps.lock(step.id()))
			.orElse(null);
		if (open == null || !open.open()) {
			return null;
		}
		for (CaseTask task : tasks.findByStepIdOrderById(open.id())) {
			if (task.status() == CaseTask.Status.OPEN) {
				task.cancel();
			}
		}
		open.end(status, journal.now(), outcome);
		clocks.stop(open.clockId());
		return open;
	}

}
