package org.zhengtong.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.StepKind;
import org.zhengtong.casework.TaskView;

/** A task: one assignee's part in a step, in their 待办 list while open. */
@Entity
@Table(name = "casework_task")
public class CaseTask {

	enum Status {

		OPEN, DONE, CANCELLED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "step_id")
	private long stepId;

	@Column(name = "case_id")
	private long caseId;

	private String module;

	private String type;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String assignee;

	@Column(name = "assignee_name")
	private String assigneeName;

	@Column(name = "sent_by")
	private @Nullable UUID sentBy;

	@Column(name = "sent_by_name")
	private String sentByName;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "clock_id")
	private @Nullable Long clockId;

	@Column(name = "done_by")
	private @Nullable UUID doneBy;

	@Column(name = "done_by_name")
	private @Nullable String doneByName;

	@Column(name = "done_for_name")
	private @Nullable String doneForName;

	@Column(name = "done_at")
	private @Nullable Instant doneAt;

	private @Nullable String decision;

	private @Nullable String opinion;

	@Column(name = "claimed_at")
	private @Nullable Instant claimedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected CaseTask() {
	}

	CaseTask(CaseStep step, WorkCase workCase, Assignee assignee, Actor sender, Instant at, @Nullable Long clockId) {
		this.stepId = step.id();
		this.caseId = workCase.id();
		this.module = workCase.module();
		this.type = workCase.type();
		this.status = Status.OPEN;
		this.assignee = assignee.key();
		this.assigneeName = assignee.name();
		this.sentBy = sender.id();
		this.sentByName = sender.name();
		this.sentAt = at;
		this.clockId = clockId;
	}

	void decide(Actor actor, @Nullable String forName, Instant at, String decision, @Nullable String opinion) {
		this.status = Status.DONE;
		this.doneBy = actor.id();
		this.doneByName = actor.name();
		this.doneForName = forName;
		this.doneAt = at;
		this.decision = decision;
		this.opinion = opinion;
	}

	void claim(Actor actor, Instant at) {
		this.assignee = Assignee.account(actor.id(), actor.name()).key();
		this.assigneeName = actor.name();
		this.claimedAt = at;
	}

	void cancel() {
		this.status = Status.CANCELLED;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	long stepId() {
		return stepId;
	}

	long caseId() {
		return caseId;
	}

	Status status() {
		return status;
	}

	String assignee() {
		return assignee;
	}

	String assigneeName() {
		return assigneeName;
	}

	@Nullable UUID doneBy() {
		return doneBy;
	}

	@Nullable String doneByName() {
		return doneByName;
	}

	@Nullable Instant doneAt() {
		return doneAt;
	}

	@Nullable String decision() {
		return decision;
	}

	@Nullable Instant claimedAt() {
		return claimedAt;
	}

	@Nullable Long clockId() {
		return clockId;
	}

	String sentByName() {
		return sentByName;
	}

	TaskView view(CaseStep step) {
		return new TaskView(id(), stepId, caseId, step.kind(), step.state(), status.name(),
				new Assignee(assignee, assigneeName), sentByName, sentAt, clockId, claimedAt != null, doneByName,
				doneForName, doneAt, decision, opinion);
	}

	/** Only for views where the step's kind and state are read separately. */
	TaskView view(StepKind kind, String state) {
		return new TaskView(id(), stepId, caseId, kind, state, status.name(), new Assignee(assignee, assigneeName),
				sentByName, sentAt, clockId, claimedAt != null, doneByName, doneForName, doneAt, decision, opinion);
	}

}
