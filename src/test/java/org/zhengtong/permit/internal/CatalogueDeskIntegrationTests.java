package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.CatalogueRefused;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * The catalogue desk: a department's 事项管理员 drafts, its 审批负责人 (never the drafter)
 * publishes or returns; publishing supersedes the version in force at once; people of
 * other departments are told the item does not exist; every refusal is audited and
 * changes nothing.
 */
@IntegrationTest
class CatalogueDeskIntegrationTests {

	@Autowired
	CatalogueDesk desk;

	@Autowired
	Guides guides;

	@Autowired
	PermitItems items;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	AuditManagement audit;

	UUID department;

	String manager;

	String leader;

	/** Holds both roles: drafts, and may review others' versions only. */
	String both;

	String outsider;

	@BeforeEach
	void staff() {
		department = TestStaff.unit(units, "目录局", "Catalogue bureau");
		UUID other = TestStaff.unit(units, "他局", "Other bureau");
		manager = TestStaff.withRole(accounts, department, "im", "事项甲", PermitRoles.ITEM_MANAGER);
		leader = TestStaff.withRole(accounts, department, "pl", "负责乙", PermitRoles.PERMIT_LEADER);
		both = TestStaff.withRole(accounts, department, "ib", "兼任丙", PermitRoles.ITEM_MANAGER);
		accounts.grant(both, PermitRoles.PERMIT_LEADER);
		outsider = TestStaff.withRole(accounts, other, "io", "外局丁", PermitRoles.ITEM_MANAGER);
		accounts.grant(outsider, PermitRoles.PERMIT_LEADER);
	}

	@Test
	void publishing_a_new_version_supersedes_the_one_in_force_at_the_same_moment() {
		Guide first = desk.create(code(), Audience.ENTERPRISE, PermitTheme.FOOD_AND_DRUGS, TestGuides.content("食品经营许可"),
				manager);
		assertThat(first.state()).isEqualTo(GuideState.DRAFT);
		assertThat(first.revision()).isEqualTo(1);
		desk.submit(first.id(), manager);
		Guide published = desk.publish(first.id(), null, leader);
		assertThat(published.state()).isEqualTo(GuideState.PUBLISHED);
		assertThat(published.effectiveFrom()).isNotNull();

		Guide second = desk.newDraft(first.itemId(), manager);
		assertThat(second.revision()).isEqualTo(2);
		assertThat(second.name()).as("copied from the version in force").isEqualTo("食品经营许可");
		assertThat(second.materials()).isEqualTo(published.materials());
		desk.revise(second.id(), second.version(), TestGuides.content("食品经营许可（仅销售预包装食品）", "", 5), manager);
		desk.submit(second.id(), manager);
		desk.publish(second.id(), "同意", leader);

		Guide old = guides.findById(first.id()).orElseThrow();
		Guide now = guides.findById(second.id()).orElseThrow();
		assertThat(old.state()).isEqualTo(GuideState.SUPERSEDED);
		assertThat(now.state()).isEqualTo(GuideState.PUBLISHED);
		assertThat(old.effectiveTo()).isEqualTo(now.effectiveFrom());
		assertThat(now.promisedDays()).isEqualTo(5);
		assertThat(desk.inForce(first.itemId())).map(Guide::id).contains(second.id());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> entries("permit.guide.published", Outcome.SUCCESS, second.id()) == 1
					&& entries("permit.item.created", Outcome.SUCCESS, first.itemId()) == 1);
	}

	@Test
	void a_returned_version_carries_the_note_and_can_be_revised_and_sent_again() {
		Guide draft = desk.create(code(), Audience.CITIZEN, PermitTheme.FAMILY, TestGuides.content("收养登记"), manager);
		desk.submit(draft.id(), manager);
		assertThatThrownBy(() -> desk.returnDraft(draft.id(), "  ", leader)).isInstanceOf(CatalogueRefused.class)
			.hasMessageContaining("note");
		Guide returned = desk.returnDraft(draft.id(), "受理条件写得不清楚", leader);
		assertThat(returned.state()).isEqualTo(GuideState.RETURNED);
		assertThat(returned.reviewNote()).isEqualTo("受理条件写得不清楚");
		Guide revised = desk.revise(draft.id(), returned.version(), TestGuides.content("收养登记（国内公民）"), manager);
		assertThat(revised.name()).isEqualTo("收养登记（国内公民）");
		assertThat(desk.submit(draft.id(), manager).state()).isEqualTo(GuideState.SUBMITTED);
		assertThatThrownBy(() -> desk.revise(draft.id(), revised.version() + 1, TestGuides.content("改"), manager))
			.as("submitted: no longer editable")
			.isInstanceOf(CatalogueRefused.class);
	}

	@Test
	void nobody_reviews_a_version_they_drafted_and_the_refusal_is_audited() {
		Guide draft = desk.create(code(), Audience.BOTH, PermitTheme.OTHER, TestGuides.content("自审事项"), both);
		desk.submit(draft.id(), both);
		assertThatThrownBy(() -> desk.publish(draft.id(), null, both)).isInstanceOf(CatalogueRefused.class)
			.hasMessageContaining("did not draft");
		assertThatThrownBy(() -> desk.publish(draft.id(), null, manager)).as("a drafter who is not a leader")
			.isInstanceOf(CatalogueRefused.class);
		assertThat(guides.findById(draft.id()).orElseThrow().state()).isEqualTo(GuideState.SUBMITTED);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> entries("permit.guide.published", Outcome.DENIED, draft.id()) == 2);
		assertThat(desk.publish(draft.id(), null, leader).state()).isEqualTo(GuideState.PUBLISHED);
	}

	@Test
	void another_departments_staff_are_told_the_item_does_not_exist() {
		Guide draft = desk.create(code(), Audience.CITIZEN, PermitTheme.HEALTH, TestGuides.content("医师执业注册"), manager);
		assertThatThrownBy(() -> desk.revise(draft.id(), draft.version(), TestGuides.content("改名"), outsider))
			.isInstanceOf(CatalogueRefused.class)
			.hasMessage("No such item or service guide");
		assertThatThrownBy(() -> desk.readable(draft.id(), outsider)).isInstanceOf(CatalogueRefused.class);
		assertThatThrownBy(() -> desk.withdraw(draft.itemId(), outsider)).isInstanceOf(CatalogueRefused.class);
		desk.submit(draft.id(), manager);
		assertThatThrownBy(() -> desk.publish(draft.id(), null, outsider)).isInstanceOf(CatalogueRefused.class)
			.hasMessage("No such item or service guide");
		assertThat(guides.findById(draft.id()).orElseThrow().name()).isEqualTo("医师执业注册");
		assertThat(guides.findById(draft.id()).orElseThrow().state()).isEqualTo(GuideState.SUBMITTED);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> entries("permit.guide.revised", Outcome.DENIED, draft.id()) == 1);
		assertThat(desk.readable(draft.id(), leader).id()).isEqualTo(draft.id());
	}

	@Test
	void a_taken_code_an_open_draft_and_a_foreign_joint_department_are_refused() {
		String code = code();
		Guide draft = desk.create(code, Audience.CITIZEN, PermitTheme.EDUCATION, TestGuides.content("教师资格认定"), manager);
		assertThatThrownBy(
				() -> desk.create(code, Audience.CITIZEN, PermitTheme.EDUCATION, TestGuides.content("重复"), manager))
			.isInstanceOf(CatalogueRefused.class)
			.hasMessageContaining("taken");
		assertThatThrownBy(() -> desk.newDraft(draft.itemId(), manager)).isInstanceOf(CatalogueRefused.class)
			.hasMessageContaining("already has a version");
		assertThatThrownBy(() -> desk.revise(draft.id(), draft.version(),
				TestGuides.joint("并联事项", java.util.Set.of(department)), manager))
			.as("the lead department is not one of the others")
			.isInstanceOf(CatalogueRefused.class);
		assertThatThrownBy(
				() -> desk.create(code(), Audience.CITIZEN, PermitTheme.EDUCATION, TestGuides.content("无岗位"), leader))
			.as("a leader without the catalogue role")
			.isInstanceOf(CatalogueRefused.class);
		UUID health = TestStaff.unit(units, "卫健委", "Health");
		Guide joint = desk.revise(draft.id(), draft.version(), TestGuides.joint("并联事项", java.util.Set.of(health)),
				manager);
		assertThat(joint.jointDepartments()).containsExactly(health);
		assertThat(joint.legalDays()).isEqualTo(45);
	}

	@Test
	void a_withdrawn_item_takes_no_new_drafts_until_restored() {
		Guide draft = desk.create(code(), Audience.CITIZEN, PermitTheme.TRANSPORT, TestGuides.content("道路运输证"),
				manager);
		desk.submit(draft.id(), manager);
		desk.publish(draft.id(), null, leader);
		desk.withdraw(draft.itemId(), manager);
		assertThat(items.findById(draft.itemId()).orElseThrow().withdrawn()).isTrue();
		Guide next = desk.newDraft(draft.itemId(), manager);
		assertThatThrownBy(() -> desk.submit(next.id(), manager)).isInstanceOf(CatalogueRefused.class)
			.hasMessageContaining("withdrawn");
		assertThatThrownBy(() -> desk.withdraw(draft.itemId(), manager)).isInstanceOf(CatalogueRefused.class);
		desk.restore(draft.itemId(), manager);
		assertThat(items.findById(draft.itemId()).orElseThrow().withdrawn()).isFalse();
		assertThat(desk.submit(next.id(), manager).state()).isEqualTo(GuideState.SUBMITTED);
	}

	private long entries(String action, Outcome outcome, long id) {
		return audit.search(new AuditQuery(null, null, null, action, outcome, Long.toString(id)), 0, 20).size();
	}

	private static String code() {
		return "T-XK-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
