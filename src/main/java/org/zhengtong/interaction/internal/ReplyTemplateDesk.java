package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.ReplyRefused;
import org.zhengtong.organization.PostView;

/**
 * 答复模板 of the unit of the post in use, kept by its leaders (interaction.approve): added,
 * changed, retired — each audited; a refusal changes nothing and is audited apart.
 */
@Service
public class ReplyTemplateDesk {

	private final ReplyTemplates templates;

	private final AccessScopes scopes;

	private final LetterAccess access;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReplyTemplateDesk(ReplyTemplates templates, AccessScopes scopes, LetterAccess access,
			ApplicationEventPublisher events, AuditManagement audit, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.templates = templates;
		this.scopes = scopes;
		this.access = access;
		this.events = events;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** The unit whose templates {@code username} keeps: their post's, if they lead it. */
	public Optional<UUID> unitOf(String username) {
		PostView post = scopes.postInUse(username);
		return post != null && access.inUnit(username, post.unitId(), InteractionRoles.APPROVE)
				? Optional.of(post.unitId()) : Optional.empty();
	}

	/** The unit's templates in use, by door and name. */
	public List<ReplyTemplate> of(UUID unit) {
		return templates.findByUnitIdAndActiveTrueOrderByDoorAscNameAsc(unit);
	}

	/** Adds a template ({@code id} null) or changes one of the unit's. */
	public ReplyTemplate save(@Nullable Long id, Door door, String name, String body, String actor) {
		return run(actor, id, (unit) -> {
			ReplyTemplate template;
			if (id == null) {
				template = templates
					.save(new ReplyTemplate(unit, door, name.strip(), body.strip(), actor, clock.instant()));
			}
			else {
				template = mine(id, unit);
				template.change(door, name.strip(), body.strip(), actor, clock.instant());
				templates.flush();
			}
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "interaction.template.save",
					"interaction.reply-template", Long.toString(template.id()), "保存答复模板：" + template.name()));
			return template;
		});
	}

	/** Retires one of the unit's templates: no longer offered. */
	public void retire(long id, String actor) {
		run(actor, id, (unit) -> {
			ReplyTemplate template = mine(id, unit);
			template.retire(actor, clock.instant());
			templates.flush();
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "interaction.template.retire",
					"interaction.reply-template", Long.toString(id), "停用答复模板：" + template.name()));
			return template;
		});
	}

	private ReplyTemplate mine(long id, UUID unit) {
		return templates.findById(id)
			.filter((template) -> template.active() && template.unitId().equals(unit))
			.orElseThrow(ReplyRefused::noTemplate);
	}

	private ReplyTemplate run(String actor, @Nullable Long id,
			java.util.function.Function<UUID, ReplyTemplate> command) {
		try {
			return transactions.execute((status) -> command.apply(unitOf(actor).orElseThrow(ReplyRefused::notLeader)));
		}
		catch (ReplyRefused | org.springframework.dao.OptimisticLockingFailureException refused) {
			ReplyRefused reason = refused instanceof ReplyRefused own ? own : ReplyRefused.changedMeanwhile();
			audit.recordApart(AuditableEvent
				.succeeded(clock.instant(), actor, "interaction.template.save", "interaction.reply-template",
						id == null ? null : id.toString(), "拒绝 " + actor + " 的答复模板操作：" + reason.getMessage())
				.withOutcome(Outcome.DENIED));
			throw reason;
		}
	}

}
