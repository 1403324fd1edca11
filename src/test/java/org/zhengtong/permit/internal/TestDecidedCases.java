package org.zhengtong.permit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.Transition;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.CaseDecided;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.pki.UnitSeals;

/**
 * Cases put in DECIDED (准予, a licence to issue) for the 发证 tests while the decision desk
 * (part A) is built in parallel: received and accepted through the acceptance desk (so
 * the 承诺 and 法定 clocks run), then moved on the core ACCEPTED → REVIEWED → DECIDED with a
 * 发证 task for the department's seal keepers, the row's decision columns written and
 * {@link CaseDecided} published in that transaction, as the decision desk will.
 */
public class TestDecidedCases {

	private final TestPermitCases received;

	private final AcceptanceDesk acceptance;

	private final PermitCases cases;

	private final Casework casework;

	private final ApplicationCodes codes;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	public TestDecidedCases(TestPermitCases received, AcceptanceDesk acceptance, PermitCases cases, Casework casework,
			ApplicationCodes codes, ApplicationEventPublisher events, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.received = received;
		this.acceptance = acceptance;
		this.cases = cases;
		this.casework = casework;
		this.codes = codes;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Who applied: an enterprise (its 统一社会信用代码) or a citizen (masked 身份证号 only). */
	public record Applicant(ApplicantKind kind, String name, String identifier) {
	}

	/**
	 * A case of the guide from the applicant's account (or the window when {@code null}),
	 * accepted by {@code clerk} and decided 准予 with a licence to issue.
	 */
	public PermitCase decided(Guide guide, @Nullable String account, Applicant applicant, String clerk) {
		PermitCase submitted = received.submitted(guide, account, Instant.now());
		acceptance.accept(submitted.id(), clerk);
		long id = submitted.id();
		UUID department = submitted.departmentId();
		Instant at = Instant.now();
		transactions.executeWithoutResult((status) -> {
			PermitCase found = cases.findById(id).orElseThrow();
			long core = found.caseworkCaseId();
			casework.transition(Transition.to(core, PermitCaseState.REVIEWED, AccountManagement.SYSTEM));
			casework.transition(Transition.to(core, PermitCaseState.DECIDED, AccountManagement.SYSTEM)
				.because("APPROVE", "准予许可")
				.opening(OpenStep.one(Assignee.unit(department, UnitSeals.SEAL_PERMISSION, "印章管理员"))));
			jdbc.sql("""
					UPDATE permit_case SET state = 'DECIDED', decision = 'APPROVED', decided_at = :at,
					    decided_by = :by, decision_reasons = '准予从事热食类食品制售',
					    applicant_kind = :kind, applicant_name = :name, applicant_identifier = :identifier,
					    form_values = :answers, version = version + 1
					WHERE id = :id""")
				.param("at", Timestamp.from(at))
				.param("by", clerk)
				.param("kind", applicant.kind().name())
				.param("name", applicant.name())
				.param("identifier", applicant.identifier())
				.param("answers", "{\"premises\":\"秦川市长安路1号\",\"business_scope\":\"热食类食品制售\"}")
				.param("id", id)
				.update();
		});
		// apart, so that the listener reads the row as the update left it
		transactions.executeWithoutResult((status) -> events.publishEvent(new CaseDecided(id, submitted.number(),
				department, null, Decision.APPROVED, "秦市监许〔2026〕1号", "准予从事热食类食品制售", true, clerk, at)));
		return cases.findById(id).orElseThrow();
	}

	/** Gives the case a 查询码 (as a submission would) and returns it. */
	public String queryCode(PermitCase found) {
		String code = "ABCD-EFGH";
		jdbc.sql("UPDATE permit_case SET query_code_hash = ? WHERE id = ?")
			.params(codes.hash(found.id(), code), found.id())
			.update();
		return code;
	}

}
