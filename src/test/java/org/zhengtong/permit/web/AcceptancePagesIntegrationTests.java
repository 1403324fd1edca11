package org.zhengtong.permit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.permit.internal.PermitCases;
import org.zhengtong.permit.internal.TestPermitCases;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * The acceptance desk's pages as a clerk and an applicant use them: the 待受理 queue with
 * art. 32's day count (red once the last day has come), the case page's three actions
 * with bad input refused in words and nothing changed, 批量受理, the applicant's 补正 page, and
 * 404 for anyone outside the department or not the applicant.
 */
@IntegrationTest
class AcceptancePagesIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PermitCases cases;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	TestClock clock;

	TestPermitCases fixture;

	String clerk;

	String stranger;

	Guide guide;

	@BeforeEach
	void setUp() throws Exception {
		fixture = TestPermitCases.in(context);
		UUID department = TestStaff.unit(units, "市场监管局", "Market Regulation");
		UUID other = TestStaff.unit(units, "卫健委", "Health Commission");
		clerk = TestStaff.withRole(accounts, department, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		stranger = TestStaff.withRole(accounts, other, "clerk", "赵别处", PermitRoles.PERMIT_CLERK);
		guide = fixture.guide(department, LimitKind.SINGLE, 20, 15);
	}

	@Test
	void the_queue_shows_the_days_art32_allows_and_marks_the_last_day() throws Exception {
		clock.set(LocalDateTime.of(2026, 4, 30, 10, 0));
		PermitCase due = fixture.submitted(guide, fixture.citizen(), at(2026, 4, 23, 9));
		PermitCase fresh = fixture.submitted(guide, null, at(2026, 4, 29, 9));

		String page = body(mvc.get().uri("/workbench/permit/acceptance").with(user(clerk).roles("STAFF")).exchange());

		assertThat(page).contains(due.number(), fresh.number(), "5 / 5 个工作日", "期限已到（2026-04-30）", "1 / 5 个工作日",
				"最迟 2026-05-09", "王*明", "窗口收件", "待受理办件，共 2 件");
		assertThat(body(mvc.get()
			.uri("/workbench/permit/acceptance?channel=WINDOW")
			.with(user(clerk).roles("STAFF"))
			.exchange())).contains(fresh.number()).doesNotContain(due.number());
		assertThat(mvc.get()
			.uri("/workbench/permit/acceptance")
			.with(user(stranger).roles("STAFF"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(due.number());
		assertThat(mvc.get().uri("/workbench/permit/acceptance").with(user("sysadmin").roles("STAFF")).exchange())
			.hasStatus(404);
	}

	@Test
	void the_case_page_refuses_bad_input_in_words_and_accepts() throws Exception {
		PermitCase received = fixture.submitted(guide, fixture.citizen(), Instant.now());
		String path = "/workbench/permit/acceptance/" + received.number();

		assertThat(body(mvc.get().uri(path).with(user(clerk).roles("STAFF")).exchange())).contains("营业执照复印件", "一次性告知补正",
				"不予受理", "承诺 15 个工作日，法定 20 个工作日");
		assertThat(mvc.get().uri(path).with(user(stranger).roles("STAFF")).exchange()).hasStatus(404);
		assertThat(mvc.post().uri(path + "/accept").with(user(stranger).roles("STAFF")).with(csrf()).exchange())
			.hasStatus(404);

		MvcTestResult noItems = mvc.post()
			.uri(path + "/correction")
			.with(user(clerk).roles("STAFF"))
			.with(csrf())
			.exchange();
		assertThat(noItems).flash().containsEntry("error", "permit.acceptance.refused.noItems");
		MvcTestResult noReason = mvc.post()
			.uri(path + "/correction")
			.param("ticked", "0")
			.with(user(clerk).roles("STAFF"))
			.with(csrf())
			.exchange();
		assertThat(noReason).flash().containsEntry("error", "permit.acceptance.refused.itemReason");
		MvcTestResult blankReject = mvc.post()
			.uri(path + "/reject")
			.param("reason", " ")
			.with(user(clerk).roles("STAFF"))
			.with(csrf())
			.exchange();
		assertThat(blankReject).flash().containsKey("errorTexts");
		assertThat(cases.findById(received.id()).orElseThrow().state()).isEqualTo(PermitCaseState.SUBMITTED);

		assertThat(mvc.post().uri(path + "/accept").with(user(clerk).roles("STAFF")).with(csrf()).exchange())
			.hasRedirectedUrl(path);
		assertThat(cases.findById(received.id()).orElseThrow().state()).isEqualTo(PermitCaseState.ACCEPTED);
		assertThat(body(mvc.get().uri(path).with(user(clerk).roles("STAFF")).exchange())).contains("已受理");
	}

	@Test
	void bulk_accept_takes_the_ticked_cases() throws Exception {
		PermitCase first = fixture.submitted(guide, fixture.citizen(), Instant.now());
		PermitCase second = fixture.submitted(guide, null, Instant.now());

		MvcTestResult result = mvc.post()
			.uri("/workbench/permit/acceptance/bulk-accept")
			.param("ids", String.valueOf(first.id()), String.valueOf(second.id()))
			.with(user(clerk).roles("STAFF"))
			.with(csrf())
			.exchange();

		assertThat(result).flash().containsEntry("success", "permit.acceptance.bulk.done");
		assertThat(cases.findById(first.id()).orElseThrow().state()).isEqualTo(PermitCaseState.ACCEPTED);
		assertThat(cases.findById(second.id()).orElseThrow().state()).isEqualTo(PermitCaseState.ACCEPTED);
	}

	@Test
	void the_applicant_uploads_each_listed_material_on_their_correction_page() throws Exception {
		String applicant = fixture.citizen();
		PermitCase received = fixture.submitted(guide, applicant, Instant.now());
		mvc.post()
			.uri("/workbench/permit/acceptance/" + received.number() + "/correction")
			.param("ticked", "2")
			.param("reasons[2]", "平面图未标注面积")
			.with(user(clerk).roles("STAFF"))
			.with(csrf())
			.exchange();
		String path = "/services/cases/" + received.number() + "/correction";

		assertThat(body(mvc.get().uri(path).with(user(applicant).roles("CITIZEN")).exchange())).contains("经营场所平面图",
				"平面图未标注面积");
		assertThat(mvc.get().uri(path).with(user(fixture.citizen()).roles("CITIZEN")).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(path).exchange()).hasRedirectedUrl("/login");

		MvcTestResult text = mvc.post()
			.uri(path)
			.multipart()
			.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", "not a pdf".getBytes()))
			.param("item", "0")
			.with(user(applicant).roles("CITIZEN"))
			.with(csrf())
			.exchange();
		assertThat(text).flash().containsKey("error");
		assertThat(cases.findById(received.id()).orElseThrow().state()).isEqualTo(PermitCaseState.CORRECTION);

		MvcTestResult pdf = mvc.post()
			.uri(path)
			.multipart()
			.file(new MockMultipartFile("file", "plan.pdf", "application/pdf",
					"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
						.getBytes(StandardCharsets.US_ASCII)))
			.param("item", "0")
			.with(user(applicant).roles("CITIZEN"))
			.with(csrf())
			.exchange();
		assertThat(pdf).flash().containsEntry("success", "permit.correction.done.complete");
		assertThat(cases.findById(received.id()).orElseThrow().state()).isEqualTo(PermitCaseState.SUBMITTED);
	}

	private static String body(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(clock.getZone()).toInstant();
	}

}
