package org.zhengtong.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhengtong.casework.CaseType;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.HistoryEntry;
import org.zhengtong.casework.TaskView;

/** Cases, their tasks and 办理过程 as pages and modules read them. */
@Component
class CaseQueries {

	private final WorkCases cases;

	private final CaseSteps steps;

	private final CaseTasks tasks;

	private final CaseHistory history;

	private final CaseTypes types;

	private final TaskAccess access;

	CaseQueries(WorkCases cases, CaseSteps steps, CaseTasks tasks, CaseHistory history, CaseTypes types,
			TaskAccess access) {
		this.cases = cases;
		this.steps = steps;
		this.tasks = tasks;
		this.history = history;
		this.types = types;
		this.access = access;
	}

	Optional<CaseView> find(long caseId) {
		return cases.findById(caseId).map(this::view);
	}

	Optional<CaseView> find(String type, String subjectId) {
		return cases.findByTypeAndSubjectId(type, subjectId).map(this::view);
	}

	List<HistoryEntry> history(long caseId) {
		return history.findByCaseIdOrderById(caseId).stream().map(HistoryRow::view).toList();
	}

	List<TaskView> openTasks(long caseId) {
		return tasks.findByCaseIdAndStatusOrderById(caseId, CaseTask.Status.OPEN)
			.stream()
			.map((task) -> task.view(steps.findById(task.stepId()).orElseThrow()))
			.toList();
	}

	Optional<TaskView> task(long taskId) {
		return tasks.findById(taskId).map((task) -> task.view(steps.findById(task.stepId()).orElseThrow()));
	}

	boolean mayAct(long taskId, String username) {
		return tasks.findById(taskId)
			.filter((task) -> task.status() == CaseTask.Status.OPEN)
			.map((task) -> access.of(task, username).reaches())
			.orElse(false);
	}

	Optional<CaseType<?>> type(String code) {
		return types.find(code);
	}

	private CaseView view(WorkCase workCase) {
		return workCase.view(steps.findFirstByCaseIdAndStatusOrderByIdDesc(workCase.id(), CaseStep.Status.OPEN)
			.map(CaseStep::id)
			.orElse(null));
	}

}
