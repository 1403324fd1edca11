package org.zhengtong.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseClosed;
import org.zhengtong.casework.CaseTransitioned;
import org.zhengtong.casework.CaseType;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.CaseworkRefused;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.StepKind;
import org.zhengtong.casework.Transition;

/** Starting cases and moving them between states: transitions, 撤回 and 退回. */
@Component
class CaseCommands {

	private final WorkCases cases;

	private final CaseSteps steps;

	private final CaseTasks tasks;

	private final CaseTypes types;

	private final Actors actors;

	private final TaskAccess access;

	private final StepOpener opener;

	private final Clocks clocks;

	private final Journal journal;

	private final org.springframework.context.MessageSource messages;

	CaseCommands(WorkCases cases, CaseSteps steps, CaseTasks tasks, CaseTypes types, Actors actors, TaskAccess access,
			StepOpener opener, Clocks clocks, Journal journal, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.cases = cases;
		this.steps = steps;
		this.tasks = tasks;
		this.types = types;
		this.actors = actors;
		this.access = access;
		this.opener = opener;
		this.clocks = clocks;
		this.journal = journal;
	}

	CaseView start(StartCase command) {
		CaseType<?> type = types.get(command.type());
		String title = Texts.required(command.title(), "title", 300);
		if (cases.findByTypeAndSubjectId(type.code(), command.subjectId()).isPresent()) {
			throw CaseworkRefused.alreadyStarted(type.code(), command.subjectId());
		}
		Actor actor = actors.of(command.actor());
		Long clock = clocks.start(command.clock());
		WorkCase workCase = cases.save(new WorkCase(type.code(), type.module(), command.subjectId(), title,
				type.initial().name(), command.link(), command.unitId(), actor, journal.now(), clock));
		journal.line(workCase, null, actor, null, "STARTED", null, workCase.state(), null, null);
		// The audit log is written in Chinese and names the type as people know it.
		String typeName = messages.getMessage("casework.type." + type.code(), null, type.code(),
				java.util.Locale.SIMPLIFIED_CHINESE);
		journal.audit(actor, "started", workCase, "立案：" + typeName, null, workCase.state());
		return workCase.view(null);
	}

	CaseView retitle(long caseId, String title) {
		WorkCase workCase = openCase(caseId);
		workCase.retitle(Texts.required(title, "title", 300));
		return workCase.view(null);
	}

	CaseView transition(Transition command) {
		WorkCase workCase = openCase(command.caseId());
		CaseType<?> type = types.get(workCase.type());
		type.check(workCase.state(), command.to());
		String decision = Texts.optional(command.decision(), "decision", 40);
		String opinion = Texts.optional(command.opinion(), "opinion", 2000);
		Actor actor = actors.of(command.actor());
		opener.endOpen(workCase, CaseStep.Status.CANCELLED, null);
		String from = workCase.state();
		workCase.moveTo(command.to());
		journal.line(workCase, null, actor, null, "TRANSITION", from, command.to(), decision, opinion);
		journal.publish(new CaseTransitioned(workCase.id(), workCase.type(), workCase.subjectId(), from, command.to(),
				decision, opinion, actor.name()));
		journal.audit(actor, "transitioned", workCase, from + " → " + command.to(), from, command.to());
		Long openStep = null;
		if (isTerminal(type, command.to())) {
			close(workCase, actor);
		}
		else if (command.step() != null) {
			openStep = opener.open(workCase, command.to(), command.step(), actor, from).id();
		}
		return workCase.view(openStep);
	}

	/** 撤回: the sender of the open step takes it back while nobody of it has acted. */
	CaseView withdraw(long caseId, String username) {
		WorkCase workCase = openCase(caseId);
		CaseStep step = lockedOpenStep(workCase);
		Actor actor = actors.of(username);
		if (actor.id() == null || !actor.id().equals(step.openedBy())) {
			throw CaseworkRefused.notSender();
		}
		String back = step.fromState();
		boolean acted = tasks.findByStepIdOrderById(step.id())
			.stream()
			.anyMatch((task) -> task.status() == CaseTask.Status.DONE || task.claimedAt() != null);
		if (acted || back == null) {
			throw CaseworkRefused.alreadyActed();
		}
		opener.endOpen(workCase, CaseStep.Status.WITHDRAWN, "WITHDRAW");
		String from = workCase.state();
		workCase.moveTo(back);
		journal.line(workCase, step.id(), actor, null, "WITHDRAWN", from, back, "WITHDRAW", null);
		journal.publish(new CaseTransitioned(workCase.id(), workCase.type(), workCase.subjectId(), from, back,
				"WITHDRAW", null, actor.name()));
		journal.audit(actor, "withdrawn", workCase, "撤回 " + from + " → " + back, from, back);
		CaseStep reopened = opener.open(workCase, back, OpenStep.one(Assignee.account(actor.account(), actor.name())),
				actor, null);
		journal.line(workCase, reopened.id(), actor, null, "REOPENED", null, back, null, null);
		return workCase.view(reopened.id());
	}

	/** 退回: back to an earlier state, reopened for whoever acted there. */
	CaseView returnTo(org.zhengtong.casework.ReturnCase command) {
		String reason = Texts.required(command.reason(), "reason", 2000);
		WorkCase workCase = openCase(command.caseId());
		CaseType<?> type = types.get(workCase.type());
		type.state(command.to());
		CaseStep step = lockedOpenStep(workCase);
		CaseTask own = null;
		String forName = null;
		for (CaseTask task : tasks.findByStepIdOrderById(step.id())) {
			TaskAccess.Reach reach = access.of(task, command.actor());
			if (task.status() == CaseTask.Status.OPEN && reach.reaches()) {
				own = task;
				forName = reach.forName();
				break;
			}
		}
		if (own == null) {
			throw CaseworkRefused.notAssignee(tasks.findByStepIdOrderById(step.id())
				.stream()
				.filter((task) -> task.status() == CaseTask.Status.OPEN)
				.map(CaseTask::assigneeName)
				.findFirst()
				.orElse(step.state()));
		}
		Map<UUID, String> people = earlierActors(workCase, step, command.to());
		Actor actor = actors.of(command.actor());
		own.decide(actor, forName, journal.now(), "RETURN", reason);
		opener.endOpen(workCase, CaseStep.Status.RETURNED, "RETURN");
		String from = workCase.state();
		workCase.moveTo(command.to());
		journal.line(workCase, step.id(), actor, forName, "RETURNED", from, command.to(), "RETURN", reason);
		journal.publish(new CaseTransitioned(workCase.id(), workCase.type(), workCase.subjectId(), from, command.to(),
				"RETURN", reason, actor.name()));
		journal.audit(actor, "returned", workCase, "退回 " + from + " → " + command.to() + "：" + reason, from,
				command.to());
		List<Assignee> assignees = new ArrayList<>();
		people.forEach((id, name) -> assignees.add(Assignee.account(id, name)));
		OpenStep again = new OpenStep(assignees.size() > 1 ? StepKind.ALL : StepKind.ONE, assignees, null);
		CaseStep reopened = opener.open(workCase, command.to(), again, actor, from);
		journal.line(workCase, reopened.id(), actor, null, "REOPENED", null, command.to(), null, null);
		return workCase.view(reopened.id());
	}

	/**
	 * The people who decided the last earlier step in {@code state}; the starter for the
	 * initial state without one.
	 * @throws CaseworkRefused when the case has not been in that state before
	 */
	private Map<UUID, String> earlierActors(WorkCase workCase, CaseStep current, String state) {
		Map<UUID, String> people = new LinkedHashMap<>();
		for (CaseStep earlier : steps.findByCaseIdAndStateAndIdLessThanOrderByIdDesc(workCase.id(), state,
				current.id())) {
			for (CaseTask task : tasks.findByStepIdOrderById(earlier.id())) {
				if (task.status() == CaseTask.Status.DONE && task.doneBy() != null) {
					people.putIfAbsent(task.doneBy(), String.valueOf(task.doneByName()));
				}
			}
			if (!people.isEmpty()) {
				return people;
			}
		}
		boolean initial = types.get(workCase.type()).initial().name().equals(state);
		if (initial && workCase.startedBy() != null && !state.equals(workCase.state())) {
			people.put(workCase.startedBy(), workCase.startedByName());
			return people;
		}
		throw CaseworkRefused.notEarlier(state);
	}

	private WorkCase openCase(long caseId) {
		WorkCase workCase = cases.findById(caseId).orElseThrow(() -> CaseworkRefused.caseNotFound(caseId));
		if (workCase.closed()) {
			throw CaseworkRefused.caseClosed();
		}
		return workCase;
	}

	private CaseStep lockedOpenStep(WorkCase workCase) {
		CaseStep step = steps.findFirstByCaseIdAndStatusOrderByIdDesc(workCase.id(), CaseStep.Status.OPEN)
			.flatMap((open) -> steps.lock(open.id()))
			.filter(CaseStep::open)
			.orElseThrow(CaseworkRefused::noOpenStep);
		return step;
	}

	private void close(WorkCase workCase, Actor actor) {
		workCase.close(journal.now());
		clocks.stop(workCase.clockId());
		journal.line(workCase, null, actor, null, "CLOSED", null, workCase.state(), null, null);
		journal.publish(
				new CaseClosed(workCase.id(), workCase.type(), workCase.subjectId(), workCase.state(), actor.name()));
		journal.audit(actor, "closed", workCase, "办结", null, workCase.state());
	}

	private static <S extends Enum<S>> boolean isTerminal(CaseType<S> type, @Nullable String state) {
		return state != null && type.isTerminal(type.state(state));
	}

}
