package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Numbers;
import org.zhengtong.files.FileRefused;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.ApplicationRefused;
import org.zhengtong.permit.ApplicationSubmitted;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.Channel;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.shared.IdentifierInvalid;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 网上申报 and 窗口收件 through the service: a draft saved and submitted with its materials (a
 * 办件编号, a 查询码 kept only hashed, 待受理 for the department's 窗口受理员), refusals that name what
 * is wrong and change nothing (the wrong audience, an offline item, missing materials), a
 * form sent twice making one case, 100 submissions at once taking 100 consecutive
 * numbers, and a submission that dies before commit leaving the draft to resume.
 */
@IntegrationTest
@RecordApplicationEvents
class ApplicationServiceIntegrationTests {

	@Autowired
	ApplicationService applications;

	@Autowired
	ApplicationCodes codes;

	@Autowired
	PermitCases cases;

	@Autowired
	Casework casework;

	@Autowired
	PermitItems items;

	@Autowired
	Guides guides;

	@Autowired
	UnitManagement units;

	@Autowired
	PublicAccounts publicAccounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	AccessScopes scopes;

	@Autowired
	Numbers numbers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationEvents events;

	ApplicationFixtures fixtures;

	UUID department;

	@BeforeEach
	void fixtures() {
		fixtures = new ApplicationFixtures(items, guides, units, publicAccounts, numbers,
				new TransactionTemplate(transactionManager));
		department = fixtures.department();
	}

	static Map<String, String> answers() {
		Map<String, String> inputs = new HashMap<>();
		inputs.put("shop_name", "老孙家泡馍");
		inputs.put("area", "120");
		inputs.put("opening", "2026-12-20");
		inputs.put("kind", "餐饮服务");
		inputs.put("staff.0.0", "孙一");
		inputs.put("staff.0.1", "JK-001");
		return inputs;
	}

	private ApplicationService.Saved draft(String code, String account) {
		return applications.save(code, null, account, answers(),
				new ApplicationService.Contact("孙一", "13700000000", null),
				List.of(ApplicationFixtures.png(0), ApplicationFixtures.png(2)));
	}

	@Test
	void a_citizen_applies_online_and_the_department_s_clerks_get_the_case_to_accept() {
		String code = fixtures.item(department, Audience.CITIZEN, true);
		String citizen = fixtures.citizen();

		ApplicationService.Saved saved = draft(code, citizen);
		assertThat(saved.problems()).isEmpty();
		PermitCase draft = saved.draft();
		assertThat(draft.state()).isEqualTo(PermitCaseState.DRAFT);
		assertThat(draft.applicantName()).isEqualTo("钱申报");
		assertThat(draft.applicantIdentifier()).matches("6101\\*{10}\\d{3}[\\dX]");
		assertThat(applications.materialsOf(draft.id())).extracting(CaseMaterial::material).containsExactly(0, 2);

		ApplicationService.Submitted submitted = applications.submit(draft.id(), citizen, ApplicationCodes.newToken());

		assertThat(submitted.number()).matches("XK\\d{4}\\d{6}");
		assertThat(submitted.queryCode()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
		PermitCase sent = cases.findById(draft.id()).orElseThrow();
		assertThat(sent.state()).isEqualTo(PermitCaseState.SUBMITTED);
		assertThat(sent.number()).isEqualTo(submitted.number());
		assertThat(sent.channel()).isEqualTo(Channel.ONLINE);
		assertThat(sent.submittedAt()).isNotNull();
		assertThat(sent.queryCodeHash()).isNotNull().doesNotContain(submitted.queryCode());
		assertThat(codes.matches(sent, submitted.queryCode().toLowerCase())).isTrue();
		assertThat(codes.matches(sent, "AAAA-AAAA")).isFalse();
		assertThat(FormAnswers.read(sent.formValues())).containsEntry("area", 120).containsEntry("kind", "餐饮服务");

		var core = casework.find(sent.caseworkCaseId()).orElseThrow();
		assertThat(core.state()).isEqualTo("SUBMITTED");
		assertThat(core.title()).startsWith(submitted.number());
		assertThat(casework.openTasks(core.id())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key())
				.isEqualTo("unit:" + department + ":" + PermitRoles.RECEIVE));
		// the audit entry is written after the commit, by the audit module's listener
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audits("permit.application.submit", String.valueOf(draft.id()), "SUCCESS"))
				.isEqualTo(1));
		assertThat(events.stream(ApplicationSubmitted.class)).singleElement().satisfies((event) -> {
			assertThat(event.number()).isEqualTo(submitted.number());
			assertThat(event.departmentId()).isEqualTo(department);
			assertThat(event.channel()).isEqualTo(Channel.ONLINE);
		});
	}

	@Test
	void an_enterprise_item_refuses_a_citizen_account_naming_the_item_s_audience_and_the_other_way_round() {
		String forEnterprises = fixtures.item(department, Audience.ENTERPRISE, true);
		String forCitizens = fixtures.item(department, Audience.CITIZEN, true);
		String citizen = fixtures.citizen();
		String enterprise = fixtures.enterprise();

		assertThatThrownBy(() -> draft(forEnterprises, citizen)).isInstanceOf(ApplicationRefused.class)
			.extracting((refused) -> ((ApplicationRefused) refused).messageKey())
			.isEqualTo("permit.apply.refused.audience.ENTERPRISE");
		assertThatThrownBy(() -> draft(forCitizens, enterprise)).isInstanceOf(ApplicationRefused.class)
			.extracting((refused) -> ((ApplicationRefused) refused).messageKey())
			.isEqualTo("permit.apply.refused.audience.CITIZEN");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audits("permit.application.start", null, "DENIED", citizen)).isEqualTo(1));

		PermitCase enterpriseDraft = draft(forEnterprises, enterprise).draft();
		assertThat(enterpriseDraft.applicantKind()).isEqualTo(ApplicantKind.ENTERPRISE);
		assertThat(enterpriseDraft.applicantIdentifier()).startsWith("91610100").hasSize(18);
	}

	@Test
	void an_item_handled_at_the_window_only_or_withdrawn_is_not_applied_for_online() {
		String offline = fixtures.item(department, Audience.BOTH, false);
		String withdrawn = fixtures.item(department, Audience.BOTH, true);
		new TransactionTemplate(transactionManager).executeWithoutResult((status) -> {
			PermitItem item = items.findByCode(withdrawn).orElseThrow();
			item.withdraw();
			items.save(item);
		});
		String citizen = fixtures.citizen();

		assertThatThrownBy(() -> draft(offline, citizen)).isInstanceOf(ApplicationRefused.class)
			.extracting((refused) -> ((ApplicationRefused) refused).messageKey())
			.isEqualTo("permit.apply.refused.notOnline");
		assertThatThrownBy(() -> draft(withdrawn, citizen)).isInstanceOf(ApplicationRefused.class)
			.extracting((refused) -> ((ApplicationRefused) refused).messageKey())
			.isEqualTo("permit.apply.refused.notOnline");
		assertThatThrownBy(() -> draft("no-such-item", citizen)).isInstanceOf(ApplicationRefused.class)
			.extracting((refused) -> ((ApplicationRefused) refused).messageKey())
			.isEqualTo("permit.apply.refused.notFound");
	}

	@Test
	void missing_required_materials_and_answers_are_named_and_nothing_is_numbered() {
		String code = fixtures.item(department, Audience.BOTH, true);
		String citizen = fixtures.citizen();
		Map<String, String> partial = answers();
		partial.remove("kind");
		partial.put("area", "12000");
		ApplicationService.Saved saved = applications.save(code, null, citizen, partial,
				new ApplicationService.Contact(null, null, null), List.of(ApplicationFixtures.png(1)));
		assertThat(saved.problems()).extracting(FormAnswers.Problem::key, FormAnswers.Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("area", "permit.answer.tooLarge"));
		long id = saved.draft().id();

		assertThatThrownBy(() -> applications.submit(id, citizen, ApplicationCodes.newToken()))
			.isInstanceOf(ApplicationRefused.class)
			.extracting((refused) -> ((ApplicationRefused) refused).messageKey())
			.isEqualTo("permit.apply.refused.answers");

		Map<String, String> fixed = answers();
		applications.save(code, id, citizen, fixed, new ApplicationService.Contact(null, null, null), List.of());
		assertThatThrownBy(() -> applications.submit(id, citizen, ApplicationCodes.newToken()))
			.isInstanceOf(ApplicationRefused.class)
			.satisfies((refused) -> {
				ApplicationRefused refusal = (ApplicationRefused) refused;
				assertThat(refusal.messageKey()).isEqualTo("permit.apply.refused.materials");
				assertThat(refusal.arguments()).containsExactly("营业执照复印件、法定代表人身份证明");
			});
		PermitCase still = cases.findById(id).orElseThrow();
		assertThat(still.state()).isEqualTo(PermitCaseState.DRAFT);
		assertThat(still.number()).isNull();
		assertThat(still.caseworkCaseId()).isNull();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(audits("permit.application.submit", String.valueOf(id), "DENIED")).isEqualTo(2));
	}

	@Test
	void another_applicant_s_draft_is_as_if_it_did_not_exist() {
		String code = fixtures.item(department, Audience.BOTH, true);
		PermitCase draft = draft(code, fixtures.citizen()).draft();
		String other = fixtures.citizen();

		assertThatThrownBy(() -> applications.submit(draft.id(), other, ApplicationCodes.newToken()))
			.isInstanceOf(ApplicationRefused.class)
			.extracting((refused) -> ((ApplicationRefused) refused).messageKey())
			.isEqualTo("permit.apply.refused.notFound");
		assertThatThrownBy(() -> applications.save(code, draft.id(), other, answers(),
				new ApplicationService.Contact(null, null, null), List.of()))
			.isInstanceOf(ApplicationRefused.class);
	}

	@Test
	void a_material_is_judged_by_its_content_not_its_name() {
		String code = fixtures.item(department, Audience.BOTH, true);
		String citizen = fixtures.citizen();
		byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes();
		assertThatThrownBy(() -> applications.save(code, null, citizen, answers(),
				new ApplicationService.Contact(null, null, null), List.of(new ApplicationService.MaterialUpload(0,
						"营业执照.pdf", script.length, new ByteArrayResource(script)))))
			.isInstanceOf(FileRefused.class);
		assertThat(cases.findByApplicantAccountIdOrderByCreatedAtDesc(account(citizen))).isEmpty();
	}

	@Test
	void a_form_sent_twice_makes_one_case_and_shows_the_same_number_and_code() throws Exception {
		String code = fixtures.item(department, Audience.BOTH, true);
		String citizen = fixtures.citizen();
		long id = draft(code, citizen).draft().id();
		String token = ApplicationCodes.newToken();

		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<ApplicationService.Submitted>> both = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				both.add(pool.submit(() -> applications.submit(id, citizen, token)));
			}
			ApplicationService.Submitted first = both.get(0).get();
			ApplicationService.Submitted second = both.get(1).get();
			assertThat(first.number()).isEqualTo(second.number());
			assertThat(first.queryCode()).isEqualTo(second.queryCode());
			assertThat(first.again() || second.again()).isTrue();
		}
		finally {
			pool.shutdown();
		}
		ApplicationService.Submitted third = applications.submit(id, citizen, token);
		assertThat(third.again()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM casework_case WHERE type = 'permit.case' AND subject_id = ?")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM casework_number WHERE scope = 'permit.case' AND number = ?")
			.param(third.number())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> applications.submit(id, citizen, ApplicationCodes.newToken()))
			.isInstanceOf(ApplicationRefused.class)
			.extracting((refused) -> ((ApplicationRefused) refused).messageKey())
			.isEqualTo("permit.apply.refused.notDraft");
	}

	@Test
	void a_hundred_applications_submitted_at_once_take_a_hundred_consecutive_numbers() throws Exception {
		String code = fixtures.item(department, Audience.BOTH, true);
		String citizen = fixtures.citizen();
		List<Long> drafts = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			drafts.add(draft(code, citizen).draft().id());
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<ApplicationService.Submitted>> sent = new ArrayList<>();
			for (long id : drafts) {
				sent.add(pool.submit(() -> applications.submit(id, citizen, ApplicationCodes.newToken())));
			}
			List<Long> sequence = new ArrayList<>();
			for (Future<ApplicationService.Submitted> one : sent) {
				sequence.add(Long.parseLong(one.get().number().substring(6)));
			}
			long first = sequence.stream().mapToLong(Long::longValue).min().orElseThrow();
			assertThat(sequence)
				.containsExactlyInAnyOrderElementsOf(LongStream.range(first, first + 100).boxed().toList());
		}
		finally {
			pool.shutdown();
		}
		assertThat(cases.findByApplicantAccountIdOrderByCreatedAtDesc(account(citizen)))
			.allSatisfy((one) -> assertThat(one.state()).isEqualTo(PermitCaseState.SUBMITTED))
			.hasSize(100);
	}

	/**
	 * {@code kill -9} in the middle of a submission is a transaction that never commits:
	 * PostgreSQL throws away all it did. The submission is one transaction over a draft
	 * whose materials were committed by the save before it, so what is left is the draft
	 * with its materials, to submit again — never a numbered case without its materials,
	 * never a number used up. Here the submitting transaction is rolled back after
	 * everything it does (number, core case, 待受理) as a crash before commit would.
	 */
	@Test
	void a_submission_that_dies_before_commit_leaves_the_draft_with_its_materials_to_submit_again() {
		String code = fixtures.item(department, Audience.BOTH, true);
		String citizen = fixtures.citizen();
		long id = draft(code, citizen).draft().id();

		TransactionTemplate crash = new TransactionTemplate(transactionManager);
		String lost = crash.execute((status) -> {
			String number = applications.submit(id, citizen, ApplicationCodes.newToken()).number();
			status.setRollbackOnly();
			return number;
		});

		PermitCase after = cases.findById(id).orElseThrow();
		assertThat(after.state()).isEqualTo(PermitCaseState.DRAFT);
		assertThat(after.number()).isNull();
		assertThat(after.caseworkCaseId()).isNull();
		assertThat(applications.materialsOf(id)).hasSize(2);
		assertThat(jdbc.sql("SELECT count(*) FROM casework_case WHERE type = 'permit.case' AND subject_id = ?")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isZero();

		ApplicationService.Submitted again = applications.submit(id, citizen, ApplicationCodes.newToken());
		assertThat(again.number()).isEqualTo(lost);
		assertThat(applications.materialsOf(id)).hasSize(2);
	}

	@Test
	void a_clerk_registers_a_paper_application_of_their_own_department_with_its_scans() {
		String code = fixtures.item(department, Audience.BOTH, false);
		String clerk = TestStaff.withRole(platformAccounts, department, "clerk", "窗口张", PermitRoles.PERMIT_CLERK);
		String idNumber = ApplicationFixtures.idNumber();

		ApplicationService.Submitted registered = applications.register(window(code, ApplicantKind.CITIZEN, idNumber,
				clerk, List.of(ApplicationFixtures.png(0), ApplicationFixtures.png(2))));

		PermitCase sent = cases.findById(registered.caseId()).orElseThrow();
		assertThat(sent.channel()).isEqualTo(Channel.WINDOW);
		assertThat(sent.registeredBy()).isEqualTo(clerk);
		assertThat(sent.state()).isEqualTo(PermitCaseState.SUBMITTED);
		assertThat(sent.applicantIdentifier())
			.isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
		assertThat(sent.applicantIdSealed()).isNotNull().doesNotContain(idNumber);
		assertThat(applications.materialsOf(sent.id())).hasSize(2);

		String wrongId = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
		assertThatThrownBy(() -> applications.register(window(code, ApplicantKind.CITIZEN, wrongId, clerk,
				List.of(ApplicationFixtures.png(0), ApplicationFixtures.png(2)))))
			.isInstanceOf(IdentifierInvalid.class);
		assertThatThrownBy(() -> applications
			.register(window(code, ApplicantKind.CITIZEN, idNumber, clerk, List.of(ApplicationFixtures.png(0)))))
			.isInstanceOf(ApplicationRefused.class)
			.extracting((refused) -> ((ApplicationRefused) refused).messageKey())
			.isEqualTo("permit.apply.refused.materials");
		String elsewhere = TestStaff.withRole(platformAccounts, fixtures.department(), "clerk", "窗口李",
				PermitRoles.PERMIT_CLERK);
		assertThatThrownBy(() -> applications.register(window(code, ApplicantKind.CITIZEN, idNumber, elsewhere,
				List.of(ApplicationFixtures.png(0), ApplicationFixtures.png(2)))))
			.isInstanceOf(ApplicationRefused.class)
			.extracting((refused) -> ((ApplicationRefused) refused).messageKey())
			.isEqualTo("permit.apply.refused.notFound");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audits("permit.application.register", null, "DENIED", clerk)).isEqualTo(2));
	}

	private ApplicationService.WindowApplication window(String code, ApplicantKind kind, String id, String clerk,
			List<ApplicationService.MaterialUpload> scans) {
		return new ApplicationService.WindowApplication(code, kind, "窗口申请人", id,
				new ApplicationService.Contact("窗口申请人", "13711112222", null), answers(), scans,
				ApplicationCodes.newToken(), clerk, scopes.of(clerk, PermitRoles.RECEIVE, null));
	}

	private UUID account(String username) {
		return jdbc.sql("SELECT id FROM identity_account WHERE username = ?")
			.param(username)
			.query(UUID.class)
			.single();
	}

	private long audits(String action, String objectId, String outcome) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND object_id = ? AND outcome = ?")
			.params(action, objectId, outcome)
			.query(Long.class)
			.single();
	}

	private long audits(String action, String objectId, String outcome, String actor) {
		return jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND outcome = ? AND actor = ?"
					+ (objectId == null ? "" : " AND object_id = '" + objectId + "'"))
			.params(action, outcome, actor)
			.query(Long.class)
			.single();
	}

}
