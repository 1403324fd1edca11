package org.zhengtong.permit.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Casework;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 并联 test data: a published joint guide, its case received and accepted on 2026-04-23
 * (which opens the sub-cases), and decisions of the main case and the sub-cases made
 * through the decision desk — reviewed by a 审批人员 of the case's department, then approved
 * or refused by the leader named. Built from the shared test context ({@link #in}).
 */
public class TestJointCases {

	private final TestPermitCases received;

	private final PermitItems items;

	private final Guides guides;

	private final PermitCases cases;

	private final AcceptanceDesk acceptance;

	private final DecisionDesk decisions;

	private final PlatformAccounts accounts;

	private final PublicAccounts publicAccounts;

	private final TransactionTemplate transactions;

	private final TestClock clock;

	/** One reviewer per department, made the first time it is needed. */
	private final Map<UUID, String> reviewers = new HashMap<>();

	TestJointCases(PermitItems items, Guides guides, PermitCases cases, Casework casework, AcceptanceDesk acceptance,
			DecisionDesk decisions, PlatformAccounts accounts, PublicAccounts publicAccounts, JdbcClient jdbc,
			TransactionTemplate transactions, TestClock clock) {
		this.received = new TestPermitCases(items, guides, cases, casework, accounts, jdbc, transactions);
		this.items = items;
		this.guides = guides;
		this.cases = cases;
		this.acceptance = acceptance;
		this.decisions = decisions;
		this.accounts = accounts;
		this.publicAccounts = publicAccounts;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The fixture, its collaborators taken from the test's application context. */
	public static TestJointCases in(ApplicationContext context) {
		return context.getAutowireCapableBeanFactory().createBean(TestJointCases.class);
	}

	/** Single cases and applicants' accounts. */
	public TestPermitCases received() {
		return received;
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

	/**
	 * A case of a citizen (registered with their 身份证号) of the guide received on
	 * 2026-04-23 09:00 and accepted by {@code clerk} at 10:30 (the test clock is left
	 * there): its sub-cases are open.
	 */
	public PermitCase acceptedOn23April(Guide guide, String clerk) {
		String citizen = TestDecidedCases.citizen(publicAccounts, ResidentIdNumber.of(ApplicationFixtures.idNumber()));
		PermitCase waiting = received.submitted(guide, citizen,
				LocalDateTime.of(2026, 4, 23, 9, 0).atZone(clock.getZone()).toInstant());
		clock.set(LocalDateTime.of(2026, 4, 23, 10, 30));
		acceptance.accept(waiting.id(), clerk);
		return reload(waiting);
	}

	/**
	 * The case reviewed (unless it already waits for its decision), then decided by
	 * {@code leader}, both through the decision desk.
	 */
	public PermitCase decide(PermitCase accepted, Decision decision, String leader) {
		if (reload(accepted).state() == PermitCaseState.ACCEPTED) {
			reviewed(accepted);
		}
		if (decision == Decision.APPROVED) {
			decisions.approve(accepted.id(), "准予", leader);
		}
		else {
			decisions.refuse(accepted.id(), "不符合卫生条件", leader);
		}
		return reload(accepted);
	}

	/** The case sent for decision by a 审批人员 of its department (提交决定). */
	public PermitCase reviewed(PermitCase accepted) {
		decisions.review(accepted.id(), "审查完毕，提交决定", reviewer(accepted.departmentId()));
		return reload(accepted);
	}

	public PermitCase reload(PermitCase found) {
		return cases.findById(found.id()).orElseThrow();
	}

	private String reviewer(UUID department) {
		return reviewers.computeIfAbsent(department,
				(unit) -> TestStaff.withRole(accounts, unit, "reviewer", "审查员", PermitRoles.PERMIT_REVIEWER));
	}

}
