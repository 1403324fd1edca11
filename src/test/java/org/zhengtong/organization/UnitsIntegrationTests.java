package org.zhengtong.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.IdentifierInvalid;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class UnitsIntegrationTests {

	static final LocalDate START = LocalDate.of(2020, 1, 1);

	@Autowired
	Clock clock;

	@Autowired
	UnitManagement units;

	@Autowired
	MockMvcTester mvc;

	@Test
	void units_form_a_tree_with_children_after_their_parent() {
		UnitView city = unit(null, "测试市人民政府", "测政发");
		UnitView bureau = unit(city.id(), "测试市教育局", "测教");
		UnitView school = unit(bureau.id(), "测试市第一中学", null);

		List<UnitView> tree = units.tree(LocalDate.of(2026, 1, 1));
		int cityAt = indexOf(tree, city.id());
		assertThat(indexOf(tree, bureau.id())).isEqualTo(cityAt + 1);
		assertThat(tree.get(indexOf(tree, school.id())).depth()).isEqualTo(tree.get(cityAt).depth() + 2);
	}

	@Test
	void a_renamed_unit_keeps_its_old_name_for_the_days_before() {
		UnitView bureau = unit(null, "测试县文化局", "测文");

		units.rename(bureau.id(), new UnitNames("测试县文化和旅游局", "县文旅局", "Culture and Tourism Bureau", "测文旅"),
				LocalDate.of(2024, 3, 1), "admin");

		assertThat(units.find(bureau.id(), LocalDate.of(2024, 2, 29)).orElseThrow().names().fullName())
			.isEqualTo("测试县文化局");
		assertThat(units.find(bureau.id(), LocalDate.of(2024, 3, 1)).orElseThrow().names().codePrefix())
			.isEqualTo("测文旅");
		assertThat(units.nameHistory(bureau.id())).extracting((entry) -> entry.getKey())
			.containsExactly(LocalDate.of(2024, 3, 1), START);
		assertThatExceptionOfType(UnitRefused.class)
			.isThrownBy(() -> units.rename(bureau.id(), new UnitNames("回溯名称", "回溯", "Backdated", null),
					LocalDate.of(2024, 3, 1), "admin"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("unit.refused.renamedBefore"));
	}

	@Test
	void a_unit_with_active_units_under_it_cannot_be_deactivated_and_a_leaf_can() {
		UnitView parent = unit(null, "测试区人民政府", "测区政发");
		UnitView child = unit(parent.id(), "测试区城关街道办事处", null);

		assertThatExceptionOfType(UnitRefused.class).isThrownBy(() -> units.deactivate(parent.id(), "admin"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("unit.refused.activeChildren"));
		units.deactivate(child.id(), "admin");
		units.deactivate(parent.id(), "admin");

		assertThat(units.find(parent.id(), LocalDate.now(clock)).orElseThrow().active()).isFalse();
		assertThat(units.tree(LocalDate.now(clock))).extracting(UnitView::id)
			.as("kept, only deactivated")
			.contains(child.id());
	}

	@Test
	void a_unit_moves_under_another_parent_with_everything_under_it_but_never_under_itself() {
		UnitView district = unit(null, "改隶测试区人民政府", "改隶政发");
		UnitView town = unit(district.id(), "改隶测试镇人民政府", null);
		UnitView village = unit(town.id(), "改隶测试村民委员会", null);
		UnitView other = unit(null, "改隶目标县人民政府", "改隶县政发");

		assertThatExceptionOfType(UnitRefused.class).isThrownBy(() -> units.move(district.id(), village.id(), "admin"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("unit.refused.moveUnderItself"));
		units.move(town.id(), other.id(), "admin");

		assertThat(units.find(town.id(), LocalDate.now(clock)).orElseThrow().parentId()).isEqualTo(other.id());
		assertThat(units.unitAndBelow(other.id())).contains(town.id(), village.id());
		assertThat(units.unitAndBelow(district.id())).containsExactly(district.id());
	}

	@Test
	void a_credit_code_is_checked_and_unique() {
		String code = code();
		units.create(null, UnitKind.DEPARTMENT, names("测试市统计局", "测统"), code, 1, START, "admin");

		assertThatExceptionOfType(UnitRefused.class)
			.isThrownBy(() -> units.create(null, UnitKind.DEPARTMENT, names("重复单位", null), code.toLowerCase(), 1, START,
					"admin"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("unit.refused.creditCodeTaken"));
		assertThatExceptionOfType(IdentifierInvalid.class).isThrownBy(() -> units.create(null, UnitKind.DEPARTMENT,
				names("错误代码单位", null), code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"), 1, START, "admin"));
	}

	@Test
	void the_system_administrator_is_told_which_character_of_a_credit_code_is_wrong_and_nothing_is_created() {
		int before = units.tree(LocalDate.now(clock)).size();

		MvcTestResult page = mvc.post()
			.uri("/admin/units")
			.param("kind", "DEPARTMENT")
			.param("fullName", "测试市新设局")
			.param("shortName", "新设局")
			.param("englishName", "New Bureau")
			.param("creditCode", "91350100M000100Y44")
			.param("validFrom", "2026-01-01")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "unit.manage")))
			.with(csrf())
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("统一社会信用代码的第 18 位（校验位）是“4”，按前面的字符应为“3”");
		assertThat(units.tree(LocalDate.now(clock))).hasSize(before);
	}

	@Test
	void the_system_administrator_creates_a_unit_and_lands_on_its_page() {
		MvcTestResult created = mvc.post()
			.uri("/admin/units")
			.param("kind", "DEPARTMENT")
			.param("fullName", "测试市大数据局")
			.param("shortName", "大数据局")
			.param("englishName", "Big Data Bureau")
			.param("codePrefix", "测数")
			.param("creditCode", code())
			.param("validFrom", "2026-01-01")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "unit.manage")))
			.with(csrf())
			.exchange();

		assertThat(created).hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(mvc.get()
			.uri(location)
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "unit.manage")))
			.exchange()).bodyText().contains("<h1>测试市大数据局</h1>", "测数", "名称沿革", "2026-01-01");
	}

	private UnitView unit(UUID parent, String name, String prefix) {
		return units.create(parent, parent == null ? UnitKind.GOVERNMENT : UnitKind.DEPARTMENT, names(name, prefix),
				code(), 1, START, "admin");
	}

	private static UnitNames names(String full, String prefix) {
		return new UnitNames(full, full.substring(Math.max(0, full.length() - 4)), "Test unit " + full.hashCode(),
				prefix);
	}

	/** A valid credit code that no other test uses (region 619901). */
	private static String code() {
		String first17 = "11619901MB" + String.format("%07d", (int) (Math.random() * 9_999_999));
		return first17 + CreditCode.checkCharacter(first17);
	}

	private static int indexOf(List<UnitView> tree, UUID id) {
		for (int i = 0; i < tree.size(); i++) {
			if (tree.get(i).id().equals(id)) {
				return i;
			}
		}
		throw new AssertionError("not in the tree: " + id);
	}

}
