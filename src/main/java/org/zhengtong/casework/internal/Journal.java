package org.zhengtong.casework.internal;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditableEvent;

/**
 * What every change leaves behind: a line in the case's 办理过程, the audit entry, and the
 * events other modules hear (published in the changing transaction).
 */
@Component
class Journal {

	private final CaseHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Journal(CaseHistory history, ApplicationEventPublisher events, Clock clock) {
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	void line(WorkCase workCase, @Nullable Long stepId, Actor actor, @Nullable String forName, String action,
			@Nullable String from, @Nullable String to, @Nullable String decision, @Nullable String opinion) {
		history.save(new HistoryRow(workCase.id(), stepId, now(), actor, forName, action, from, to, decision, opinion));
	}

	/** The audit entry of a change to a case. */
	void audit(Actor actor, String action, WorkCase workCase, String summary, @Nullable String before,
			@Nullable String after) {
		events.publishEvent(
				AuditableEvent
					.succeeded(now(), actor.username(), "casework." + action, "case", Long.toString(workCase.id()),
							workCase.title() + "：" + summary)
					.withChange(before, after));
	}

	void publish(Object event) {
		events.publishEvent(event);
	}

}
