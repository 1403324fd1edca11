package org.zhengtong.permit.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.CaseDecided;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitTheme;

/**
 * 并联 test data while the decision desk (part A) is built in parallel: a published joint
 * guide, and a sub-case decided the way the desk will do it — its row decided and
 * {@link CaseDecided} published in the deciding transaction. Once the desk is on main,
 * {@link #decide} should decide through it.
 */
public class TestJointCases {

	private final PermitItems items;

	private final Guides guides;

	private final PermitCases cases;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	public TestJointCases(PermitItems items, Guides guides, PermitCases cases, JdbcClient jdbc,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.items = items;
		this.guides = guides;
		this.cases = cases;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	/** A published 并联 guide of the lead department with the other departments. */
	public Guide guide(UUID lead, Set<UUID> others, int legalDays, int promisedDays) {
		return transactions.execute((status) -> {
			String tag = UUID.randomUUID().toString().substring(0, 8);
			PermitItem item = items.save(new PermitItem("T-BL-" + tag, lead, Audience.BOTH,
					PermitTheme.OPERATING_LICENCE, "test", Instant.parse("2026-01-05T01:00:00Z")));
			GuideContent plain = TestGuides.joint("并联测试事项" + tag, others);
			GuideContent content = new GuideContent(plain.name(), plain.nameEn(), plain.synonyms(), plain.basis(),
					plain.conditions(), plain.process(), LimitKind.JOINT, legalDays, promisedDays, plain.fee(),
					plain.feeBasis(), plain.windowAddress(), plain.windowPhone(), plain.windowHours(), plain.online(),
					true, null, plain.materials(), plain.fields(), others);
			Guide guide = new Guide(item.id(), 1, content, "test", Instant.parse("2026-01-05T01:00:00Z"));
			guide.submit("test", Instant.parse("2026-01-05T01:00:00Z"));
			guide.publish(null, "reviewer", Instant.parse("2026-01-05T02:00:00Z"));
			return guides.save(guide);
		});
	}

	/** The case decided by {@code leader} as the decision desk does it. */
	public void decide(PermitCase decided, Decision decision, String leader, Instant at) {
		transactions.executeWithoutResult((status) -> {
			jdbc.sql("""
					UPDATE permit_case SET state = :state, decision = :decision, decision_reasons = :reasons,
					    decided_at = :at, decided_by = :leader, version = version + 1
					WHERE id = :id""")
				.param("state",
						decision == Decision.APPROVED ? PermitCaseState.DECIDED.name() : PermitCaseState.CLOSED.name())
				.param("decision", decision.name())
				.param("reasons", decision == Decision.APPROVED ? "准予" : "不符合卫生条件")
				.param("at", java.sql.Timestamp.from(at))
				.param("leader", leader)
				.param("id", decided.id())
				.update();
			events.publishEvent(
					new CaseDecided(decided.id(), decided.number(), decided.departmentId(), decided.mainCaseId(),
							decision, "决定" + decided.id(), "理由", decision == Decision.APPROVED, leader, at));
		});
	}

	/** The main case waits for its decision (as part A's 提交决定 leaves it). */
	public void reviewed(PermitCase main) {
		jdbc.sql("UPDATE permit_case SET state = 'REVIEWED', version = version + 1 WHERE id = ?")
			.param(main.id())
			.update();
	}

	public PermitCase reload(PermitCase found) {
		return cases.findById(found.id()).orElseThrow();
	}

}
