package org.zhengtong.casework.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.CaseType;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.CaseworkRefused;
import org.zhengtong.casework.Decide;
import org.zhengtong.casework.Decided;
import org.zhengtong.casework.Delegate;
import org.zhengtong.casework.DelegationView;
import org.zhengtong.casework.HistoryEntry;
import org.zhengtong.casework.ReturnCase;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.TaskView;
import org.zhengtong.casework.Transition;

/**
 * {@link Casework}: each command runs in a transaction (the caller's when there is one),
 * flushed before it returns so that a concurrent change shows here; a refusal rolls it
 * back and leaves a DENIED audit entry written apart.
 */
@Service
class CaseworkService implements Casework {

	private final CaseCommands caseCommands;

	private final TaskCommands taskCommands;

	private final DelegationCommands delegationCommands;

	private final CaseQueries queries;

	private final TransactionTemplate transactions;

	private final EntityManager entities;

	private final AuditManagement audit;

	private final Clock clock;

	CaseworkService(CaseCommands caseCommands, TaskCommands taskCommands, DelegationCommands delegationCommands,
			CaseQueries queries, PlatformTransactionManager transactionManager, EntityManager entities,
			AuditManagement audit, Clock clock) {
		this.caseCommands = caseCommands;
		this.taskCommands = taskCommands;
		this.delegationCommands = delegationCommands;
		this.queries = queries;
		this.transactions = new TransactionTemplate(transactionManager);
		this.entities = entities;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public CaseView start(StartCase command) {
		return run(command.actor(), "start", "case", command.type() + ":" + command.subjectId(),
				() -> caseCommands.start(command));
	}

	@Override
	public CaseView retitle(long caseId, String title, String actor) {
		return run(actor, "retitle", "case", Long.toString(caseId), () -> caseCommands.retitle(caseId, title));
	}

	@Override
	public CaseView transition(Transition command) {
		return run(command.actor(), "transition", "case", Long.toString(command.caseId()),
				() -> caseCommands.transition(command));
	}

	@Override
	public Decided decide(Decide command) {
		return run(command.actor(), "decide", "task", Long.toString(command.taskId()),
				() -> taskCommands.decide(command));
	}

	@Override
	public TaskView claim(long taskId, String actor) {
		return run(actor, "claim", "task", Long.toString(taskId), () -> taskCommands.claim(taskId, actor));
	}

	@Override
	public int urge(long caseId, String message, String actor) {
		return run(actor, "urge", "case", Long.toString(caseId), () -> taskCommands.urge(caseId, message, actor));
	}

	@Override
	public CaseView withdraw(long caseId, String actor) {
		return run(actor, "withdraw", "case", Long.toString(caseId), () -> caseCommands.withdraw(caseId, actor));
	}

	@Override
	public CaseView returnTo(ReturnCase command) {
		return run(command.actor(), "return", "case", Long.toString(command.caseId()),
				() -> caseCommands.returnTo(command));
	}

	@Override
	public DelegationView delegate(Delegate command) {
		return run(command.delegator(), "delegate", "account", command.delegate(),
				() -> delegationCommands.delegate(command));
	}

	@Override
	public void revokeDelegation(long delegationId, String actor) {
		run(actor, "delegation-revoke", "delegation", Long.toString(delegationId), () -> {
			delegationCommands.revoke(delegationId, actor);
			return null;
		});
	}

	@Override
	public List<DelegationView> delegationsOf(String username) {
		return delegationCommands.of(username);
	}

	@Override
	public Optional<CaseView> find(long caseId) {
		return queries.find(caseId);
	}

	@Override
	public Optional<CaseView> find(String type, String subjectId) {
		return queries.find(type, subjectId);
	}

	@Override
	public List<HistoryEntry> history(long caseId) {
		return queries.history(caseId);
	}

	@Override
	public List<TaskView> openTasks(long caseId) {
		return queries.openTasks(caseId);
	}

	@Override
	public Optional<TaskView> task(long taskId) {
		return queries.task(taskId);
	}

	@Override
	public boolean mayAct(long taskId, String username) {
		return queries.mayAct(taskId, username);
	}

	@Override
	public Optional<CaseType<?>> type(String code) {
		return queries.type(code);
	}

	private <T> T run(String actor, String action, String objectType, String objectId, Supplier<T> command) {
		try {
			return transactions.execute((status) -> {
				T result = command.get();
				entities.flush();
				return result;
			});
		}
		catch (CaseworkRefused refused) {
			throw denied(actor, action, objectType, objectId, refused);
		}
		catch (ObjectOptimisticLockingFailureException | OptimisticLockException | StaleStateException ex) {
			throw denied(actor, action, objectType, objectId, CaseworkRefused.changedMeanwhile());
		}
	}

	private CaseworkRefused denied(String actor, String action, String objectType, String objectId,
			CaseworkRefused refused) {
		audit.recordApart(
				AuditableEvent
					.succeeded(clock.instant(), actor, "casework." + action, objectType, objectId,
							"拒绝 " + actor + " 的办件操作：" + refused.getMessage())
					.withOutcome(Outcome.DENIED));
		return refused;
	}

}
