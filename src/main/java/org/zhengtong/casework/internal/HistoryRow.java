package org.zhengtong.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.HistoryEntry;

/** One line of a case's 办理过程; written once, never changed. */
@Entity
@Immutable
@Table(name = "casework_history")
public class HistoryRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "case_id")
	private long caseId;

	@Column(name = "step_id")
	private @Nullable Long stepId;

	private Instant at;

	private @Nullable UUID actor;

	@Column(name = "actor_name")
	private String actorName;

	@Column(name = "for_name")
	private @Nullable String forName;

	private String action;

	@Column(name = "from_state")
	private @Nullable String fromState;

	@Column(name = "to_state")
	private @Nullable String toState;

	private @Nullable String decision;

	private @Nullable String opinion;

	@SuppressWarnings("NullAway.Init")
	protected HistoryRow() {
	}

	HistoryRow(long caseId, @Nullable Long stepId, Instant at, Actor actor, @Nullable String forName, String action,
			@Nullable String fromState, @Nullable String toState, @Nullable String decision, @Nullable String opinion) {
		this.caseId = caseId;
		this.stepId = stepId;
		this.at = at;
		this.actor = actor.id();
		this.actorName = actor.name();
		this.forName = forName;
		this.action = action;
		this.fromState = fromState;
		this.toState = toState;
		this.decision = decision;
		this.opinion = opinion;
	}

	HistoryEntry view() {
		return new HistoryEntry(java.util.Objects.requireNonNull(id), stepId, at, actorName, forName, action, fromState,
				toState, decision, opinion);
	}

}
