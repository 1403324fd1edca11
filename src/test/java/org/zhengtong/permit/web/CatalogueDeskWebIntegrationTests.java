package org.zhengtong.permit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.Guides;
import org.zhengtong.permit.internal.PermitItems;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * The catalogue desk's pages: the 事项管理员 creates an item through the editor (bad input
 * answered with the part to correct and nothing saved), uploads a blank form, sends the
 * draft for review; the 审批负责人 reads it beside the version in force and publishes; another
 * department's staff get 404, administrators 403.
 */
@IntegrationTest
class CatalogueDeskWebIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	PermitItems items;

	@Autowired
	Guides guides;

	String manager;

	String leader;

	String outsider;

	UUID health;

	@BeforeEach
	void staff() {
		UUID department = TestStaff.unit(units, "窗口局", "Window bureau");
		health = TestStaff.unit(units, "卫健局", "Health bureau");
		manager = TestStaff.withRole(accounts, department, "wm", "事项戊", PermitRoles.ITEM_MANAGER);
		leader = TestStaff.withRole(accounts, department, "wl", "负责己", PermitRoles.PERMIT_LEADER);
		outsider = TestStaff.withRole(accounts, health, "wo", "外局庚", PermitRoles.ITEM_MANAGER);
	}

	@Test
	void an_item_is_drafted_reviewed_beside_the_version_in_force_and_published() throws Exception {
		String code = "W-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = guide("公共场所卫生许可", 20, 10);
		form.put("code", code);
		form.put("audience", "ENTERPRISE");
		form.put("theme", "HEALTH");
		form.put("synonyms", "开宾馆\n开理发店");
		form.put("joint", "true");
		form.put("jointDepartments", health.toString());
		MvcTestResult created = post(manager, "/workbench/permit/items", form);
		assertThat(created).hasStatus3xxRedirection();
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		Guide draft = guides.findById(id).orElseThrow();
		assertThat(draft.name()).isEqualTo("公共场所卫生许可");
		assertThat(draft.jointDepartments()).containsExactly(health);
		assertThat(draft.fields()).extracting((f) -> f.key()).containsExactly("shop_name", "staff");

		assertThat(get(manager, "/workbench/permit/items?text=" + code)).hasStatusOk()
			.bodyText()
			.contains(code, "公共场所卫生许可", "第1版 草稿", "草稿（1）");
		assertThat(get(manager, "/workbench/permit/guides/" + id)).hasStatusOk()
			.bodyText()
			.contains("法定 20 个工作日 / 承诺 10 个工作日", "健康证明", "“健康证明”的空白表格");

		MvcTestResult upload = mvc.post()
			.uri("/workbench/permit/guides/" + id + "/files")
			.multipart()
			.file(new MockMultipartFile("file", "空白表.pdf", "application/pdf", pdf()))
			.param("position", "0")
			.param("blank", "true")
			.with(user(users.loadUserByUsername(manager)))
			.with(csrf())
			.exchange();
		assertThat(upload).hasStatus3xxRedirection();
		assertThat(guides.findById(id).orElseThrow().materials().get(0).blankLink()).isNotNull();

		assertThat(post(manager, "/workbench/permit/guides/" + id + "/submit", Map.of())).hasStatus3xxRedirection();
		assertThat(get(leader, "/workbench/permit/guides/" + id + "/review")).hasStatusOk()
			.bodyText()
			.contains("这是这个事项的第一个版本", "发布", "退回修改");
		assertThat(post(leader, "/workbench/permit/guides/" + id + "/publish", Map.of("note", "同意")))
			.hasStatus3xxRedirection();
		assertThat(guides.findById(id).orElseThrow().state()).isEqualTo(GuideState.PUBLISHED);

		// The next version: its review shows what changed beside the version in force.
		long item = draft.itemId();
		MvcTestResult next = post(manager, "/workbench/permit/items/" + item + "/draft", Map.of());
		long nextId = Long.parseLong(next.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		Map<String, String> changed = guide("公共场所卫生许可", 20, 5);
		changed.put("version", Long.toString(guides.findById(nextId).orElseThrow().version()));
		changed.put("joint", "true");
		changed.put("jointDepartments", health.toString());
		assertThat(post(manager, "/workbench/permit/guides/" + nextId, changed)).hasStatus3xxRedirection();
		post(manager, "/workbench/permit/guides/" + nextId + "/submit", Map.of());
		String review = get(leader, "/workbench/permit/guides/" + nextId + "/review").getResponse()
			.getContentAsString();
		assertThat(review).contains("与现行第1版相比，有", "现行第1版", "送审第2版");
		String promised = review.substring(review.indexOf("承诺时限（工作日）"));
		promised = promised.substring(0, promised.indexOf("</tr>"));
		assertThat(promised).contains("已修改", ">10<", ">5<");
		String legal = review.substring(review.indexOf("法定时限（工作日）"));
		assertThat(legal.substring(0, legal.indexOf("</tr>"))).doesNotContain("已修改");
		assertThat(get(manager, "/workbench/permit/guides/" + nextId + "/review")).as("a drafter without the role")
			.hasStatus(403);
	}

	@Test
	void bad_input_names_the_parts_to_correct_and_saves_nothing() throws Exception {
		String code = "W-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = guide("", 10, 15);
		form.put("code", code);
		form.put("audience", "CITIZEN");
		form.put("theme", "HEALTH");
		form.put("fields[1].key", "Staff");
		form.put("fields[0].type", "CHOICE");
		form.put("jointDepartments", health.toString());
		MvcTestResult result = post(manager, "/workbench/permit/items", form);
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("请改正下面列出的问题，本次没有保存任何内容。", "请填写事项名称。", "承诺时限（15个工作日）不能超过法定时限（10个工作日）。", "勾选了并联审批部门",
					"第2个字段的代号须以小写字母开头", "第1个字段是单选或表格，请填写选项或列");
		assertThat(items.findByCode(code)).isEmpty();

		Map<String, String> letters = guide("名称", 20, 10);
		letters.put("code", code);
		letters.put("audience", "CITIZEN");
		letters.put("theme", "HEALTH");
		letters.put("legalDays", "二十");
		assertThat(post(manager, "/workbench/permit/items", letters)).hasStatusOk()
			.bodyText()
			.contains("法定时限须是1到365之间的整数。");
		assertThat(items.findByCode(code)).isEmpty();
	}

	@Test
	void other_departments_get_404_and_administrators_403() throws Exception {
		String code = "W-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = guide("犬只登记", 20, 10);
		form.put("code", code);
		form.put("audience", "CITIZEN");
		form.put("theme", "OTHER");
		MvcTestResult created = post(manager, "/workbench/permit/items", form);
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		assertThat(get(outsider, "/workbench/permit/guides/" + id)).hasStatus(404);
		assertThat(get(outsider, "/workbench/permit/guides/" + id + "/edit")).hasStatus(404);
		assertThat(post(outsider, "/workbench/permit/guides/" + id + "/submit", Map.of())).hasStatus(404);
		assertThat(get(outsider, "/workbench/permit/items?text=" + code)).hasStatusOk()
			.bodyText()
			.contains("本部门事项（共 0 项）")
			.doesNotContain("犬只登记");
		assertThat(guides.findById(id).orElseThrow().state()).isEqualTo(GuideState.DRAFT);

		String admin = TestStaff.withRole(accounts, health, "wa", "管理辛", IdentityRoles.SYSTEM_ADMIN);
		assertThat(get(admin, "/workbench/permit/items")).hasStatus(403);
		assertThat(get(admin, "/workbench/permit/guides/" + id)).hasStatus(403);
	}

	/** A complete guide form: two materials rows, two fields rows. */
	private static Map<String, String> guide(String name, int legal, int promised) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("basis", "《公共场所卫生管理条例》第八条");
		form.put("conditions", "持有营业执照的经营者。");
		form.put("process", "申请—受理—审查—决定。");
		form.put("limitKind", "SINGLE");
		form.put("legalDays", Integer.toString(legal));
		form.put("promisedDays", Integer.toString(promised));
		form.put("windowAddress", "秦川市政务服务中心三楼 5 号窗口");
		form.put("windowPhone", "029-88886666");
		form.put("windowHours", "工作日 9:00—17:00");
		form.put("online", "true");
		form.put("materials[0].name", "健康证明");
		form.put("materials[0].required", "true");
		form.put("materials[0].formNote", "复印件1份");
		form.put("materials[1].name", "");
		form.put("fields[0].key", "shop_name");
		form.put("fields[0].label", "场所名称");
		form.put("fields[0].type", "TEXT");
		form.put("fields[1].key", "staff");
		form.put("fields[1].label", "从业人员");
		form.put("fields[1].type", "TABLE");
		form.put("fields[1].options", "姓名\n健康证号");
		return form;
	}

	private MvcTestResult get(String username, String uri) {
		return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
	}

	private MvcTestResult post(String username, String uri, Map<String, String> params) {
		MockMvcRequestBuilder request = mvc.post().uri(uri).with(user(users.loadUserByUsername(username))).with(csrf());
		params.forEach(request::param);
		return request.exchange();
	}

	private static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
				+ "trailer<</Root 1 0 R>>\n%%EOF\n")
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

}
