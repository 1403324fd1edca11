package org.zhengtong.permit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Casework;
import org.zhengtong.identity.CitizenRegistration;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.TestStaff;

/**
 * Cases decided 准予 with a licence to issue, for the 发证 tests: received (as
 * {@link TestPermitCases} does) with the applicant's particulars and form answers, then
 * accepted by the department's 窗口受理员, reviewed by its 审批人员 and approved by its 审批负责人
 * through the real desks — so the clocks, tasks, decision number, 结果公示 row, audit entries
 * and the 发证 clock are the ones a real decision leaves. Built from the shared test
 * context ({@link #in}); the department's staff come from {@link #department}.
 */
public class TestDecidedCases {

	/** The form answers a food business licence is prefilled from. */
	public static final String ANSWERS = "{\"premises\":\"秦川市长安路1号\",\"business_scope\":\"热食类食品制售\"}";

	private final TestPermitCases received;

	private final AcceptanceDesk acceptance;

	private final DecisionDesk decisions;

	private final PermitCases cases;

	private final ApplicationCodes codes;

	private final PlatformAccounts accounts;

	private final UnitManagement units;

	private final CertificateRequests certificates;

	private final PublicAccounts publicAccounts;

	private final JdbcClient jdbc;

	TestDecidedCases(PermitItems items, Guides guides, PermitCases cases, Casework casework, AcceptanceDesk acceptance,
			DecisionDesk decisions, ApplicationCodes codes, PlatformAccounts accounts, UnitManagement units,
			CertificateRequests certificates, PublicAccounts publicAccounts, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.received = new TestPermitCases(items, guides, cases, casework, accounts, jdbc, transactions);
		this.acceptance = acceptance;
		this.decisions = decisions;
		this.cases = cases;
		this.codes = codes;
		this.accounts = accounts;
		this.units = units;
		this.certificates = certificates;
		this.publicAccounts = publicAccounts;
		this.jdbc = jdbc;
	}

	/** The fixture, its collaborators taken from the test's application context. */
	public static TestDecidedCases in(ApplicationContext context) {
		return context.getAutowireCapableBeanFactory().createBean(TestDecidedCases.class);
	}

	/** Who applied: an enterprise (its 统一社会信用代码) or a citizen (masked 身份证号 only). */
	public record Applicant(ApplicantKind kind, String name, String identifier) {
	}

	/**
	 * A department of its own with one person in each post a case passes through: 窗口受理员,
	 * 审批人员, 审批负责人 and 印章管理员.
	 */
	public record Department(UUID id, String clerk, String reviewer, String leader, String keeper) {
	}

	/** A new 市场监督管理局 and its staff. */
	public Department department() {
		UUID id = TestStaff.unit(units, "市场监督管理局", "Market Regulation");
		return new Department(id, TestStaff.withRole(accounts, id, "clerk", "李受理", PermitRoles.PERMIT_CLERK),
				TestStaff.withRole(accounts, id, "reviewer", "周审查", PermitRoles.PERMIT_REVIEWER),
				TestStaff.withRole(accounts, id, "leader", "吴局长", PermitRoles.PERMIT_LEADER),
				TestStaff.withRole(accounts, id, "yz", "印章管理员", PkiRoles.SEAL_KEEPER));
	}

	/** The cases as they are received, for the applicants' accounts. */
	public TestPermitCases received() {
		return received;
	}

	/**
	 * A published guide of a new item of the department whose approval issues a food
	 * business licence.
	 */
	public Guide licenceGuide(UUID department) {
		Guide guide = received.guide(department, LimitKind.SINGLE, 20, 15);
		jdbc.sql("UPDATE permit_guide SET licence_type = ? WHERE id = ?")
			.params(LicenceType.FOOD_BUSINESS.code(), guide.id())
			.update();
		return guide;
	}

	/**
	 * A case of the guide from the applicant's account (or the window when {@code null}),
	 * accepted, reviewed and decided 准予 by the department's staff: DECIDED, waiting for
	 * its licence.
	 */
	public PermitCase decided(Guide guide, @Nullable String account, Applicant applicant, Department staff) {
		PermitCase submitted = received.submitted(guide, account, Instant.now());
		// the particulars the submission takes from the applicant's account and form
		jdbc.sql("""
				UPDATE permit_case SET applicant_kind = :kind, applicant_name = :name,
				    applicant_identifier = :identifier, form_values = :answers, version = version + 1
				WHERE id = :id""")
			.param("kind", applicant.kind().name())
			.param("name", applicant.name())
			.param("identifier", applicant.identifier())
			.param("answers", ANSWERS)
			.param("id", submitted.id())
			.update();
		acceptance.accept(submitted.id(), staff.clerk());
		decisions.review(submitted.id(), "申请材料齐全，经营场所符合要求，拟准予许可。", staff.reviewer());
		decisions.approve(submitted.id(), "准予从事热食类食品制售", staff.leader());
		return cases.findById(submitted.id()).orElseThrow();
	}

	/**
	 * A citizen registered with the 身份证号, as online applicants are (the 结果公示 of a
	 * decision for them reads the number from the account).
	 */
	public String citizen(ResidentIdNumber idNumber) {
		return citizen(publicAccounts, idNumber);
	}

	static String citizen(PublicAccounts accounts, ResidentIdNumber idNumber) {
		String username = "applicant" + UUID.randomUUID().toString().substring(0, 8);
		accounts.registerCitizen(new CitizenRegistration(username, "王小明", idNumber,
				"137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), null,
				"Qinchuan@2026"));
		return username;
	}

	/** Gives the case a 查询码 (as a submission would) and returns it. */
	public String queryCode(PermitCase found) {
		String code = "ABCD-EFGH";
		jdbc.sql("UPDATE permit_case SET query_code_hash = ? WHERE id = ?")
			.params(codes.hash(found.id(), code), found.id())
			.update();
		return code;
	}

	/** An enterprise with a valid 统一社会信用代码 of its own. */
	public static Applicant enterprise() {
		String first17 = "91610100MA6TEXT0" + Math.floorMod(System.nanoTime(), 10);
		return new Applicant(ApplicantKind.ENTERPRISE, "秦川味道餐饮有限公司", first17 + CreditCode.checkCharacter(first17));
	}

	/**
	 * The serial of a login certificate for the person, approved by an RA operator of the
	 * department, for a certificate session ({@code CertificateSignIn.signedIn}).
	 */
	public String certificateOf(String username, UUID department) throws Exception {
		String operator = TestStaff.withRole(accounts, department, "ra", "审核员", PkiRoles.RA_OPERATOR);
		var request = certificates.submit(username,
				Pkcs.csr(Pkcs.p256(), "CN=" + username).getBytes(StandardCharsets.US_ASCII));
		return certificates.approve(request.id(), operator).orElseThrow().serial();
	}

}
