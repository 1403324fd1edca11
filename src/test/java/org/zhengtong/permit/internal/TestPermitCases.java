package org.zhengtong.permit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.Transition;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.Channel;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PermitTheme;

/**
 * Test data for the acceptance desk while the application part (P2a) is built in
 * parallel: a published guide with three materials, and a case received (SUBMITTED, with
 * a number, its core case moved DRAFT → SUBMITTED with a 待受理 task for the department's
 * clerks) at a chosen instant. Once P2a's submission service is on main,
 * {@link #submitted} should submit through it instead of writing the row's columns.
 */
public class TestPermitCases {

	private final PermitItems items;

	private final Guides guides;

	private final PermitCases cases;

	private final Casework casework;

	private final PlatformAccounts accounts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	public TestPermitCases(PermitItems items, Guides guides, PermitCases cases, Casework casework,
			PlatformAccounts accounts, JdbcClient jdbc, TransactionTemplate transactions) {
		this.items = items;
		this.guides = guides;
		this.cases = cases;
		this.casework = casework;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** The fixture, its collaborators taken from the test's application context. */
	public static TestPermitCases in(ApplicationContext context) {
		return context.getAutowireCapableBeanFactory().createBean(TestPermitCases.class);
	}

	/** The guide's three materials, by position. */
	public static final List<String> MATERIALS = List.of("营业执照复印件", "法定代表人身份证明", "经营场所平面图");

	/** A published guide of a new item of the department. */
	public Guide guide(UUID department, LimitKind kind, int legalDays, int promisedDays) {
		return transactions.execute((status) -> {
			String tag = UUID.randomUUID().toString().substring(0, 8);
			PermitItem item = items.save(new PermitItem("T-XK-" + tag, department, Audience.BOTH,
					PermitTheme.OPERATING_LICENCE, "test", Instant.parse("2026-01-05T01:00:00Z")));
			GuideContent content = new GuideContent("测试许可事项" + tag, "Test permit " + tag, "", "《测试条例》第三条", "具备条件",
					"申请—受理—审查—决定", kind, legalDays, promisedDays, null, null, "秦川市政务服务中心 3 号窗口", "029-12345678",
					"工作日 9:00—17:00", true, false, null,
					MATERIALS.stream().map((name) -> new GuideMaterial(name, true, "复印件1份", "", null, null)).toList(),
					List.of(), Set.of());
			Guide guide = new Guide(item.id(), 1, content, "test", Instant.parse("2026-01-05T01:00:00Z"));
			guide.submit("test", Instant.parse("2026-01-05T01:00:00Z"));
			guide.publish(null, "reviewer", Instant.parse("2026-01-05T02:00:00Z"));
			return guides.save(guide);
		});
	}

	/** A citizen's public account, by username. */
	public String citizen() {
		String name = "applicant" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(name, "申请人" + name.substring(9, 11), AccountKind.CITIZEN, null, "Qinchuan@2026", false);
		accounts.grant(name, IdentityRoles.CITIZEN);
		return name;
	}

	/**
	 * A case of the guide received at {@code receivedAt} from the applicant's account (or
	 * at the window without one), waiting for 受理.
	 */
	public PermitCase submitted(Guide guide, @org.jspecify.annotations.Nullable String applicant, Instant receivedAt) {
		UUID account = applicant == null ? null
				: jdbc.sql("SELECT id FROM identity_account WHERE username = ?")
					.param(applicant)
					.query(UUID.class)
					.single();
		return submitted(guide, account, applicant == null ? Channel.WINDOW : Channel.ONLINE, receivedAt);
	}

	private PermitCase submitted(Guide guide, @org.jspecify.annotations.Nullable UUID account, Channel channel,
			Instant receivedAt) {
		UUID department = items.findById(guide.itemId()).orElseThrow().departmentId();
		long id = transactions.execute((status) -> cases
			.save(new PermitCase(guide, department, channel, ApplicantKind.CITIZEN, "王小明", receivedAt))
			.id());
		String number = "XKT"
				+ String.format("%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
		CaseView core = transactions.execute((status) -> {
			CaseView started = casework.start(new StartCase(PermitCaseType.CODE, String.valueOf(id), "行政许可 " + number,
					"/workbench/permit/acceptance/" + number, department,
					org.zhengtong.identity.AccountManagement.SYSTEM, null));
			return casework.transition(Transition
				.to(started.id(), PermitCaseState.SUBMITTED, org.zhengtong.identity.AccountManagement.SYSTEM)
				.opening(OpenStep.one(Assignee.unit(department, PermitRoles.RECEIVE, "窗口受理员"))));
		});
		jdbc.sql("""
				UPDATE permit_case SET number = :number, state = 'SUBMITTED', submitted_at = :at,
				    casework_case_id = :core, applicant_account_id = :account, contact_email = :email
				WHERE id = :id""")
			.param("number", number)
			.param("at", java.sql.Timestamp.from(receivedAt))
			.param("core", core.id())
			.param("account", account)
			.param("email", account == null ? "window-applicant@example.org" : null)
			.param("id", id)
			.update();
		return cases.findById(id).orElseThrow();
	}

}
