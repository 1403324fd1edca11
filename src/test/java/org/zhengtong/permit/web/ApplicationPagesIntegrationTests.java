package org.zhengtong.permit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Numbers;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.ApplicationFixtures;
import org.zhengtong.permit.internal.Guides;
import org.zhengtong.permit.internal.PermitItems;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 在线申报, 我的办件, the case page, 办件查询 and 窗口收件 as people use them: the form with the guide's
 * fields and materials and the applicant's masked ID, a submission missing a required
 * material shown again naming it, the 办件编号 and 查询码 shown once, the case page for its
 * owner only (404 for anyone else), following by number and code, an enterprise item
 * refusing a citizen account in words, and the clerk registering a paper application
 * whose credit code has a wrong check character.
 */
@IntegrationTest
class ApplicationPagesIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"submitToken\" value=\"([A-Za-z0-9_-]{43})\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

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
	Numbers numbers;

	@Autowired
	PlatformTransactionManager transactionManager;

	ApplicationFixtures fixtures;

	UUID department;

	@BeforeEach
	void fixtures() {
		fixtures = new ApplicationFixtures(items, guides, units, publicAccounts, numbers,
				new TransactionTemplate(transactionManager));
		department = fixtures.department();
	}

	@Test
	void a_citizen_applies_with_materials_gets_the_number_and_code_once_and_follows_the_case() {
		String code = fixtures.item(department, Audience.CITIZEN, true);
		String citizen = fixtures.citizen();
		String form = page(mvc.get().uri("/services/items/" + code + "/apply").with(as(citizen)).exchange());
		assertThat(form).contains("食品经营许可" + code, "店铺名称", "经营类别", "餐饮服务", "从业人员", "营业执照复印件", "必须提交", "按需提交", "保存草稿",
				"提交申请", "6101**********");

		// Without the required 法定代表人身份证明: the form again, naming it; the rest kept as a
		// draft.
		MvcTestResult missing = mvc.perform(application(code, token(form), "submit", null, citizen)
			.file(new MockMultipartFile("material-0", "营业执照.png", "image/png", ApplicationFixtures.PNG)));
		String again = page(missing);
		assertThat(again).contains("还缺少必须提交的材料：法定代表人身份证明", "法定代表人身份证明：请上传", "营业执照.png", "老孙家泡馍");
		Matcher draft = Pattern.compile("name=\"draftId\" value=\"(\\d+)\"").matcher(again);
		assertThat(draft.find()).isTrue();

		MvcTestResult sent = mvc.perform(application(code, token(again), "submit", draft.group(1), citizen)
			.file(new MockMultipartFile("material-2", "身份证.png", "image/png", ApplicationFixtures.PNG)));
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/services/applications/submitted");
		ApplyController.Answer answer = (ApplyController.Answer) sent.getMvcResult().getFlashMap().get("submitted");
		assertThat(answer.number()).matches("XK\\d{10}");
		String shown = page(mvc.get()
			.uri("/services/applications/submitted")
			.cookie(sent.getResponse().getCookies())
			.with(as(citizen))
			.exchange());
		assertThat(shown).contains(answer.number(), answer.queryCode(), "只显示这一次");

		assertThat(page(mvc.get().uri("/services/my-cases").with(as(citizen)).exchange())).contains(answer.number(),
				"已提交，等待受理");
		assertThat(page(mvc.get().uri("/services/cases/" + answer.number()).with(as(citizen)).exchange()))
			.contains("申请已提交，等待部门受理", "营业执照.png", "身份证.png", "法定代表人身份证明", "网上申报");
		assertThat(mvc.get().uri("/services/cases/" + answer.number()).with(as(fixtures.citizen())).exchange())
			.hasStatus(404);
		assertThat(mvc.get().uri("/services/cases/" + answer.number()).exchange().getResponse().getRedirectedUrl())
			.endsWith("/login");

		RequestPostProcessor elsewhere = (request) -> {
			request.setRemoteAddr("198.18.7." + (1 + (int) (Math.random() * 250)));
			return request;
		};
		String followed = page(mvc.post()
			.uri("/services/cases/follow")
			.param("number", answer.number())
			.param("code", answer.queryCode().toLowerCase())
			.with(elsewhere)
			.with(csrf())
			.exchange());
		assertThat(followed).contains(answer.number(), "已提交，等待受理", "营业执照.png").doesNotContain("/files/");
		assertThat(page(mvc.post()
			.uri("/services/cases/follow")
			.param("number", answer.number())
			.param("code", "AAAA-AAAA")
			.with(elsewhere)
			.with(csrf())
			.exchange())).contains("办件编号或查询码不对");
	}

	@Test
	void an_enterprise_item_tells_a_citizen_in_words_that_it_is_for_enterprises() {
		String code = fixtures.item(department, Audience.ENTERPRISE, true);
		MvcTestResult refused = mvc.get()
			.uri("/services/items/" + code + "/apply")
			.with(as(fixtures.citizen()))
			.exchange();
		assertThat(refused).hasStatus(403);
		assertThat(new String(refused.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.contains("只面向法人（企业）办理，个人账户不能申报");
		assertThat(mvc.get().uri("/services/items/" + code + "/apply").exchange().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(page(mvc.get().uri("/services/items/" + code + "/apply").with(as(fixtures.enterprise())).exchange()))
			.contains("统一社会信用代码", "91610100");
	}

	@Test
	void a_clerk_registers_a_paper_application_and_a_wrong_credit_code_is_named() {
		String code = fixtures.item(department, Audience.BOTH, false);
		String clerk = TestStaff.withRole(platformAccounts, department, "clerk", "窗口王", PermitRoles.PERMIT_CLERK);
		assertThat(page(mvc.get().uri("/workbench/permit/window").with(as(clerk)).exchange())).contains(code, "仅窗口办理");
		String form = page(mvc.get().uri("/workbench/permit/window/" + code).with(as(clerk)).exchange());
		String creditCode = ApplicationFixtures.creditCode();
		String wrong = creditCode.substring(0, 17) + (creditCode.charAt(17) == '0' ? '1' : '0');

		String refused = page(mvc.perform(window(code, token(form), wrong, clerk)));
		assertThat(refused).contains("统一社会信用代码", "校验");

		MvcTestResult registered = mvc.perform(window(code, token(refused), creditCode, clerk));
		assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/workbench/permit/window/registered");
		ApplyController.Answer answer = (ApplyController.Answer) registered.getMvcResult()
			.getFlashMap()
			.get("registered");
		assertThat(answer.number()).matches("XK\\d{10}");

		String otherDepartment = TestStaff.withRole(platformAccounts, fixtures.department(), "clerk", "窗口赵",
				PermitRoles.PERMIT_CLERK);
		assertThat(mvc.get().uri("/workbench/permit/window/" + code).with(as(otherDepartment)).exchange())
			.hasStatus(404);
		String staff = TestStaff.staff(platformAccounts, department, "staff", "科员钱", "Qinchuan@2026");
		assertThat(mvc.get().uri("/workbench/permit/window").with(as(staff)).exchange()).hasStatus(403);
	}

	private MockMultipartHttpServletRequestBuilder window(String code, String token, String creditCode, String clerk) {
		return (MockMultipartHttpServletRequestBuilder) MockMvcRequestBuilders
			.multipart("/workbench/permit/window/" + code)
			.file(new MockMultipartFile("material-0", "执照.png", "image/png", ApplicationFixtures.PNG))
			.file(new MockMultipartFile("material-2", "法人身份证.png", "image/png", ApplicationFixtures.PNG))
			.param("submitToken", token)
			.param("kind", "ENTERPRISE")
			.param("name", "秦川窗口餐饮有限公司")
			.param("idNumber", creditCode)
			.param("contactPhone", "029-88886666")
			.param("values[shop_name]", "窗口小吃")
			.param("values[area]", "60")
			.param("values[kind]", "食品销售")
			.with(as(clerk))
			.with(csrf());
	}

	private MockMultipartHttpServletRequestBuilder application(String code, String token, String action, String draftId,
			String account) {
		MockMultipartHttpServletRequestBuilder request = (MockMultipartHttpServletRequestBuilder) MockMvcRequestBuilders
			.multipart("/services/items/" + code + "/apply")
			.param("submitToken", token)
			.param("action", action)
			.param("values[shop_name]", "老孙家泡馍")
			.param("values[area]", "120")
			.param("values[kind]", "餐饮服务")
			.param("values[staff.0.0]", "孙一")
			.param("values[staff.0.1]", "JK-001")
			.param("contactPhone", "13700000000")
			.with(as(account))
			.with(csrf());
		if (draftId != null) {
			request.param("draftId", draftId);
		}
		return request;
	}

	private RequestPostProcessor as(String account) {
		return user(users.loadUserByUsername(account));
	}

	private static String page(MvcTestResult result) {
		assertThat(result.getResponse().getStatus()).as(String.valueOf(result.getResponse().getRedirectedUrl()))
			.isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static String token(String form) {
		Matcher matcher = TOKEN.matcher(form);
		assertThat(matcher.find()).as("the form carries a one-time token").isTrue();
		return matcher.group(1);
	}

}
