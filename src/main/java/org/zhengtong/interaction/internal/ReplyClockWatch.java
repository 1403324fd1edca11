package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.casework.DeadlineApproaching;
import org.zhengtong.casework.DeadlineMissed;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.interaction.LetterUrged;

/**
 * 催办 by the clock: when a letter's reply clock turns yellow, and again when it turns red,
 * while a unit still holds the letter, its handler and the unit's leaders are urged
 * ({@link LetterUrged}, told by notification in the message centre and by e-mail) — once
 * for each colour, however often the event is delivered; audited as the system's act.
 */
@Component
class ReplyClockWatch {

	static final String DUE_SOON = "DUE_SOON";

	static final String OVERDUE = "OVERDUE";

	private final UnitLetterRecords records;

	private final Letters letters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReplyClockWatch(UnitLetterRecords records, Letters letters, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.letters = letters;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DeadlineApproaching approaching) {
		urge(approaching.clockId(), approaching.module(), false, approaching.dueAt());
	}

	@ApplicationModuleListener
	void on(DeadlineMissed missed) {
		urge(missed.clockId(), missed.module(), true, missed.dueAt());
	}

	private void urge(long clockId, String module, boolean overdue, Instant dueAt) {
		if (!"interaction".equals(module)) {
			return;
		}
		records.byReplyClock(clockId).flatMap(letters::findById).ifPresent((letter) -> {
			if (!letter.state().withUnit() || letter.unitId() == null) {
				return;
			}
			if (!records.markUrged(letter.id(), clockId, overdue ? OVERDUE : DUE_SOON, letter.unitId(),
					clock.instant())) {
				return;
			}
			events.publishEvent(new LetterUrged(letter.id(), letter.number(), letter.title(), letter.unitId(),
					letter.handlerUsername(), overdue, dueAt));
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), AccountManagement.SYSTEM,
					"interaction.letter.urge", "interaction.request", letter.id().toString(),
					(overdue ? "答复已超期，催办：" : "答复期限将至，催办：") + letter.number()));
		});
	}

}
