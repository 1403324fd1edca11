package org.zhengtong.organization;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 内设机构, 岗位, 分管 and the address book: a department with people in it cannot be
 * deactivated, a person holds one post per unit and one 编制 post, an ended post leaves the
 * address book but stays in the history, and the address book finds people by any of
 * their fields within a unit and the units under it.
 */
@IntegrationTest
class AddressBookIntegrationTests {

	@Autowired
	UnitManagement units;

	@Autowired
	PostManagement posts;

	@Autowired
	AuditManagement audit;

	@Autowired
	MockMvcTester mvc;

	@Test
	void posts_departments_and_the_address_book() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID bureau = unit(null, "秦川市通讯录局" + tag);
		UUID centre = unit(bureau, "通讯录局信息中心" + tag);
		DepartmentView office = posts.addDepartment(bureau, "办公室", "General Office", 1, "test");
		assertThatExceptionOfType(UnitRefused.class)
			.isThrownBy(() -> posts.addDepartment(bureau, "办公室", "General Office", 2, "test"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("unit.refused.departmentNameTaken"));

		UUID person = UUID.randomUUID();
		PostView director = posts.appoint(new Appointment(person, "欧阳" + tag, bureau, office.id(), "主任", true,
				"029-8765 4321", LocalDate.of(2026, 1, 5)), "test");
		assertThatExceptionOfType(UnitRefused.class)
			.isThrownBy(() -> posts.appoint(
					new Appointment(person, "欧阳" + tag, bureau, null, "副主任", false, null, LocalDate.of(2026, 2, 1)),
					"test"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("unit.refused.alreadyHoldsPost"));
		assertThatExceptionOfType(UnitRefused.class)
			.as("the department belongs to the bureau, not to the centre under it")
			.isThrownBy(() -> posts.appoint(new Appointment(UUID.randomUUID(), "司马" + tag, centre, office.id(), "科员",
					true, null, LocalDate.of(2026, 1, 5)), "test"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("unit.refused.departmentNotInUnit"));
		assertThat(posts.postsOf(person)).hasSize(1);

		posts.oversee(director.id(), Set.of(centre), "test");
		assertThat(posts.post(director.id()).orElseThrow().oversees()).containsExactly("通讯录局信息中");

		assertThat(posts.addressBook("欧阳" + tag, null, 0, 50).items()).extracting(PostView::title)
			.containsExactly("主任");
		assertThat(posts.addressBook("8765 4321", bureau, 0, 50).items()).extracting(PostView::holderName)
			.contains("欧阳" + tag);
		assertThat(posts.addressBook("欧阳" + tag, centre, 0, 50).items()).as("not in the unit under it").isEmpty();

		assertThatExceptionOfType(UnitRefused.class).isThrownBy(() -> posts.deactivateDepartment(office.id(), "test"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("unit.refused.departmentHasStaff"));

		posts.end(director.id(), "test");
		assertThat(posts.addressBook("欧阳" + tag, null, 0, 50).items()).isEmpty();
		assertThat(posts.historyOf(person)).extracting(PostView::current).containsExactly(false);
		posts.deactivateDepartment(office.id(), "test");
		// The audit module records after the commit, on its own thread.
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(
					audit.search(new AuditQuery(null, null, "test", "organization.post-ended", null, null), 0, 50))
				.anySatisfy((entry) -> assertThat(entry.summary()).contains("欧阳" + tag)));
	}

	@Test
	void staff_search_the_address_book_and_long_or_odd_input_returns_normally() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID bureau = unit(null, "秦川市查询局" + tag);
		posts.appoint(new Appointment(UUID.randomUUID(), "诸葛" + tag, bureau, null, "科员", true, "029-8000 0001",
				LocalDate.of(2026, 1, 5)), "test");

		MvcTestResult found = mvc.get()
			.uri("/workbench/contacts?q={q}", "诸葛" + tag)
			.with(user("staff").roles("STAFF"))
			.exchange();
		assertThat(found).hasStatusOk();
		assertThat(found).bodyText().contains("诸葛" + tag, "029-8000 0001", "共 1 人");

		assertThat(mvc.get()
			.uri("/workbench/contacts?q={q}", "%' OR 1=1 --" + "长".repeat(10_000))
			.with(user("staff").roles("STAFF"))
			.exchange()).hasStatusOk().bodyText().contains("没有找到符合条件的人员");
		assertThat(mvc.get()
			.uri("/workbench/contacts")
			.with(user("auditor").authorities(AuthorityUtils.createAuthorityList("audit.read")))
			.exchange()).hasStatus(403);
	}

	@Test
	void the_system_administrator_adds_and_deactivates_departments_on_the_unit_page() {
		UUID bureau = unit(null, "秦川市机构局" + UUID.randomUUID().toString().substring(0, 6));
		MvcTestResult added = mvc.post()
			.uri("/admin/units/{id}/departments", bureau)
			.param("name", "法规科")
			.param("englishName", "Regulations Section")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "unit.manage")))
			.with(csrf())
			.exchange();
		assertThat(added).flash().containsEntry("success", "department.added");
		assertThat(posts.departments(bureau)).extracting(DepartmentView::name).containsExactly("法规科");

		MvcTestResult blank = mvc.post()
			.uri("/admin/units/{id}/departments", bureau)
			.param("name", " ")
			.param("englishName", "x")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "unit.manage")))
			.with(csrf())
			.exchange();
		assertThat(blank).flash().containsKey("errorTexts");
		assertThat(posts.departments(bureau)).hasSize(1);
		assertThat(mvc.get()
			.uri("/admin/units/{id}", bureau)
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "unit.manage")))
			.exchange()).bodyText().contains("法规科", "Regulations Section");
	}

	private UUID unit(UUID parent, String name) {
		return units
			.create(parent, UnitKind.DEPARTMENT, new UnitNames(name, name.substring(0, 7), "Address Book Test", null),
					null, 0, LocalDate.of(2020, 1, 1), "test")
			.id();
	}

}
