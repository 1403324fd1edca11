package org.zhengtong.permit.web;

import java.time.Duration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 双公示 as its users meet it: a department's 审批负责人 enters a penalty of a citizen and a
 * permit of a company; the public 结果公示, the record's page and both exports show the
 * citizen masked (张*三 style, 6101**********…), never the full name or number, and the
 * exports hold exactly the rows the list shows; a wrong 统一社会信用代码 stores nothing and is
 * audited as DENIED; other roles and departments get 404; a withdrawn record leaves the
 * public list.
 */
@IntegrationTest
class PublicationWebIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	UUID department;

	String leader;

	String idNumber;

	String creditCode;

	@BeforeEach
	void department() {
		clock.set(LocalDateTime.of(2026, 11, 20, 10, 0));
		department = TestStaff.unit(units, "市场监管局", "Market Regulation");
		leader = TestStaff.withRole(accounts, department, "pwlead", "审批负责人", PermitRoles.PERMIT_LEADER);
		idNumber = "61010319850712351" + ResidentIdNumber.checkCharacter("61010319850712351");
		creditCode = "91610100MA6TG0002" + CreditCode.checkCharacter("91610100MA6TG0002");
	}

	@Test
	void a_citizen_is_masked_on_every_public_output_and_the_exports_are_the_list() throws Exception {
		assertThat(publishPenalty("欧阳明远", idNumber).getResponse().getRedirectedUrl())
			.startsWith("/workbench/permit/publications/");
		MvcTestResult permit = send(mvc.post()
			.uri("/workbench/permit/publications")
			.param("kind", "PERMIT")
			.param("counterpartKind", "LEGAL_PERSON")
			.param("counterpartName", "秦川市好味道餐饮有限公司")
			.param("creditCode", creditCode)
			.param("legalRepresentative", "李四")
			.param("documentName", "食品经营许可决定书")
			.param("documentNumber", "秦市监许〔2026〕88号")
			.param("category", "普通")
			.param("content", "准予食品经营许可")
			.param("decisionDate", "2026-11-18"), leader);
		assertThat(permit.getResponse().getRedirectedUrl()).startsWith("/workbench/permit/publications/");

		String list = get("/services/decisions?department=" + department);
		assertThat(list).contains("结果公示", "欧**远", "秦川市好味道餐饮有限公司", "秦市监罚〔2026〕", "共 2 条")
			.doesNotContain("欧阳明远", idNumber);
		assertThat(get("/en/services/decisions?department=" + department)).contains("Published decisions", "欧**远");
		long id = jdbc.sql("SELECT id FROM permit_publication WHERE department_id = :d AND kind = 'PENALTY'")
			.param("d", department)
			.query(Long.class)
			.single();
		String detail = get("/services/decisions/" + id);
		assertThat(detail).contains("欧**远", "6101**********" + idNumber.substring(14), "违法事实", "0.5")
			.doesNotContain("欧阳明远", idNumber);

		MvcTestResult csv = mvc.get().uri("/services/decisions/export.csv?department=" + department).exchange();
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF公示类别,行政相对人名称,行政相对人类别,行政相对人代码_1（统一社会信用代码）");
		assertThat(text).contains("欧**远", "秦川市好味道餐饮有限公司", creditCode).doesNotContain("欧阳明远", idNumber);
		assertThat(text.strip().split("\r\n")).as("heading + the 2 rows the list shows").hasSize(3);

		MvcTestResult penaltiesCsv = mvc.get()
			.uri("/services/decisions/export.csv?kind=PENALTY&department=" + department)
			.exchange();
		String penalties = new String(penaltiesCsv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(penalties).contains("行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）")
			.doesNotContain("许可证书名称", "秦川市好味道餐饮有限公司");
		assertThat(penalties.strip().split("\r\n")).hasSize(2);

		MvcTestResult xlsx = mvc.get().uri("/services/decisions/export.xlsx?department=" + department).exchange();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			StringBuilder all = new StringBuilder();
			int rows = 0;
			for (Row row : sheet) {
				rows++;
				row.forEach((cell) -> all.append(format.formatCellValue(cell)).append('|'));
			}
			assertThat(rows).as("heading + the 2 rows the list shows").isEqualTo(3);
			assertThat(all).contains("欧**远", "秦川市好味道餐饮有限公司").doesNotContain("欧阳明远", idNumber);
		}
	}

	@Test
	void a_wrong_credit_code_stores_nothing_and_is_audited_as_denied() {
		String wrong = creditCode.substring(0, 17) + (creditCode.charAt(17) == '0' ? '1' : '0');
		MvcTestResult result = send(mvc.post()
			.uri("/workbench/permit/publications")
			.param("kind", "PENALTY")
			.param("counterpartKind", "LEGAL_PERSON")
			.param("counterpartName", "秦川市某某商贸有限公司")
			.param("creditCode", wrong)
			.param("documentName", "行政处罚决定书")
			.param("documentNumber", "秦市监罚〔2026〕99号")
			.param("category", "警告")
			.param("violationType", "虚假宣传")
			.param("violationFacts", "发布虚假广告")
			.param("legalBasis", "《广告法》第五十五条")
			.param("content", "警告")
			.param("decisionDate", "2026-11-19"), leader);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(page(result)).contains("统一社会信用代码", "秦川市某某商贸有限公司");
		assertThat(stored()).isZero();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					SELECT count(*) FROM audit_entry WHERE action = 'permit.publication.published'
					AND outcome = 'DENIED' AND actor = :actor""").param("actor", leader).query(Long.class).single())
				.isOne());

		MvcTestResult blank = send(mvc.post()
			.uri("/workbench/permit/publications")
			.param("kind", "PENALTY")
			.param("counterpartKind", "NATURAL_PERSON")
			.param("counterpartName", "")
			.param("documentName", "")
			.param("decisionDate", ""), leader);
		assertThat(page(blank)).contains("请改正下面标出的问题", "请填写此项");
		assertThat(stored()).isZero();
	}

	@Test
	void other_roles_and_departments_get_404_and_a_withdrawn_record_leaves_the_public_list() {
		publishPenalty("张三丰", idNumber);
		long id = jdbc.sql("SELECT id FROM permit_publication WHERE department_id = :d")
			.param("d", department)
			.query(Long.class)
			.single();
		String reviewer = TestStaff.withRole(accounts, department, "pwrev", "审批人员", PermitRoles.PERMIT_REVIEWER);
		UUID other = TestStaff.unit(units, "卫健委", "Health Commission");
		String otherLeader = TestStaff.withRole(accounts, other, "pwoth", "审批负责人", PermitRoles.PERMIT_LEADER);
		assertThat(status(mvc.get().uri("/workbench/permit/publications"), reviewer)).isEqualTo(404);
		assertThat(status(mvc.get().uri("/workbench/permit/publications/new"), reviewer)).isEqualTo(404);
		assertThat(status(mvc.get().uri("/workbench/permit/publications/" + id), otherLeader)).isEqualTo(404);
		assertThat(status(mvc.post()
			.uri("/workbench/permit/publications/" + id + "/withdraw")
			.param("version", "0")
			.param("reason", "试图撤回"), otherLeader)).isEqualTo(404);
		assertThat(get("/workbench/permit/publications", otherLeader)).doesNotContain("张*丰");
		assertThat(get("/workbench/permit/publications", leader)).contains("张*丰", "已公示");

		send(mvc.post()
			.uri("/workbench/permit/publications/" + id + "/withdraw")
			.param("version", "0")
			.param("reason", "文书号录入错误"), leader);
		assertThat(mvc.get().uri("/services/decisions/" + id).exchange().getResponse().getStatus()).isEqualTo(404);
		assertThat(get("/services/decisions?department=" + department)).contains("共 0 条");
		assertThat(get("/workbench/permit/publications/" + id, leader)).contains("已撤回", "文书号录入错误");
	}

	private MvcTestResult publishPenalty(String name, String id) {
		return send(mvc.post()
			.uri("/workbench/permit/publications")
			.param("kind", "PENALTY")
			.param("counterpartKind", "NATURAL_PERSON")
			.param("counterpartName", name)
			.param("idNumber", id)
			.param("documentName", "行政处罚决定书")
			.param("documentNumber", "秦市监罚〔2026〕" + UUID.randomUUID().toString().substring(0, 4) + "号")
			.param("category", "罚款")
			.param("violationType", "无照经营")
			.param("violationFacts", "未取得营业执照从事经营活动")
			.param("legalBasis", "《无证无照经营查处办法》第十三条")
			.param("content", "罚款人民币五千元")
			.param("fineAmount", "5000")
			.param("decisionDate", "2026-11-19"), leader);
	}

	private long stored() {
		return jdbc.sql("SELECT count(*) FROM permit_publication WHERE department_id = :d")
			.param("d", department)
			.query(Long.class)
			.single();
	}

	private MvcTestResult send(MockMvcTester.MockMvcRequestBuilder request, String username) {
		return request.with(as(username)).with(csrf()).exchange();
	}

	private int status(MockMvcTester.MockMvcRequestBuilder request, String username) {
		return request.with(as(username)).with(csrf()).exchange().getResponse().getStatus();
	}

	private String get(String path) {
		return page(mvc.get().uri(path).exchange());
	}

	private String get(String path, String username) {
		return page(mvc.get().uri(path).with(as(username)).exchange());
	}

	private static String page(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
