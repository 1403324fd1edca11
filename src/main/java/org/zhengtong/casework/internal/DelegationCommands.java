package org.zhengtong.casework.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.casework.CaseworkRefused;
import org.zhengtong.casework.Delegate;
import org.zhengtong.casework.DelegationView;

/** 委托: handing one's tasks to a colleague for a period, and taking them back. */
@Component
class DelegationCommands {

	private final Delegations delegations;

	private final Actors actors;

	private final Journal journal;

	private final ApplicationEventPublisher events;

	DelegationCommands(Delegations delegations, Actors actors, Journal journal, ApplicationEventPublisher events) {
		this.delegations = delegations;
		this.actors = actors;
		this.journal = journal;
		this.events = events;
	}

	DelegationView delegate(Delegate command) {
		String reason = Texts.required(command.reason(), "reason", 500);
		Actor delegator = actors.of(command.delegator());
		Actor delegate = actors.of(command.delegate());
		if (delegator.id().equals(delegate.id())) {
			throw CaseworkRefused.selfDelegation();
		}
		if (!command.endsAt().isAfter(command.startsAt()) || !command.endsAt().isAfter(journal.now())) {
			throw CaseworkRefused.badPeriod();
		}
		Delegation saved = delegations
			.save(new Delegation(delegator, delegate, command.startsAt(), command.endsAt(), reason, journal.now()));
		DelegationView view = saved.view(journal.now());
		events.publishEvent(AuditableEvent.succeeded(journal.now(), delegator.username(), "casework.delegated",
				"delegation", Long.toString(view.id()), delegator.name() + " 委托 " + delegate.name() + " 办理其待办（"
						+ command.startsAt() + " 至 " + command.endsAt() + "）：" + reason));
		return view;
	}

	void revoke(long id, String username) {
		Actor actor = actors.of(username);
		Delegation delegation = delegations.findById(id)
			.filter((found) -> found.delegator().equals(actor.id()))
			.orElseThrow(CaseworkRefused::notYourDelegation);
		delegation.revoke(journal.now());
		events.publishEvent(AuditableEvent.succeeded(journal.now(), actor.username(), "casework.delegation-revoked",
				"delegation", Long.toString(id), actor.name() + " 收回委托"));
	}

	List<DelegationView> of(String username) {
		Actor actor = actors.of(username);
		return delegations.involving(actor.id()).stream().map((each) -> each.view(journal.now())).toList();
	}

}
