package org.zhengtong.permit.internal;

import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhengtong.permit.GuideChanged;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.FieldType;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catalogue, written for departments of this test: every item published through
 * draft → submit → publish, with a guide a citizen could apply from (basis citing a law
 * by article, materials with form notes, form fields of every type, 承诺 within 法定), the 并联
 * items naming the other department, and nothing written outside the demo.
 */
@IntegrationTest
@RecordApplicationEvents
class DemoCatalogueIntegrationTests {

	@Autowired
	ApplicationEvents events;

	static final Instant AT = Instant.parse("2025-10-01T01:00:00Z");

	@Autowired
	DemoCatalogue demo;

	@Autowired
	PermitItems items;

	@Autowired
	Guides guides;

	@Autowired
	UnitManagement units;

	@Test
	void thirty_published_items_of_seven_departments_with_complete_guides() {
		Map<String, UUID> departments = new HashMap<>();
		for (DemoCatalogueItems.Department department : DemoCatalogueItems.DEPARTMENTS) {
			departments.put(department.prefix(), TestStaff.unit(units, department.letters() + "局", "Bureau"));
		}
		String prefix = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

		int loaded = demo.load(departments, prefix, AT);

		List<PermitItem> mine = items.findAll()
			.stream()
			.filter((item) -> item.code().startsWith(prefix + "-"))
			.toList();
		assertThat(loaded).isEqualTo(mine.size()).isGreaterThanOrEqualTo(30);
		assertThat(events.stream(GuideChanged.class).map(GuideChanged::itemId))
			.as("each published guide reaches site search")
			.containsExactlyInAnyOrderElementsOf(mine.stream().map(PermitItem::id).toList());
		assertThat(mine).extracting(PermitItem::departmentId).containsAll(departments.values());
		assertThat(mine).extracting(PermitItem::audience).contains(Audience.CITIZEN, Audience.ENTERPRISE);
		assertThat(mine.stream().map(PermitItem::theme).distinct().count()).isGreaterThanOrEqualTo(8);
		assertThat(items.findByCode(prefix + "-SJ-XK-001")).isPresent();

		int joint = 0;
		int licensed = 0;
		for (PermitItem item : mine) {
			Guide guide = guides.findByItemIdAndState(item.id(), GuideState.PUBLISHED).orElseThrow();
			assertThat(guide.effectiveFrom()).isEqualTo(AT);
			assertThat(guide.submittedAt()).isBefore(AT);
			assertThat(guide.promisedDays()).isLessThanOrEqualTo(guide.legalDays());
			assertThat(guide.basis()).as(guide.name()).containsPattern("《.+》第.+条");
			assertThat(guide.conditions()).isNotBlank();
			assertThat(guide.windowAddress()).contains("政务服务中心");
			assertThat(guide.windowHours()).contains("9:00");
			assertThat(guide.materials()).isNotEmpty().allSatisfy((m) -> assertThat(m.formNote()).isNotBlank());
			assertThat(guide.fields()).isNotEmpty();
			if (guide.joint()) {
				joint++;
				assertThat(guide.limitKind()).isEqualTo(LimitKind.JOINT);
				assertThat(guide.jointDepartments()).isNotEmpty().doesNotContain(item.departmentId());
			}
			if (guide.licenceType() != null) {
				licensed++;
			}
		}
		assertThat(joint).isGreaterThanOrEqualTo(2);
		assertThat(licensed).isGreaterThanOrEqualTo(5);
		assertThat(mine.stream()
			.flatMap((item) -> guides.findByItemIdAndState(item.id(), GuideState.PUBLISHED)
				.orElseThrow()
				.fields()
				.stream())
			.map(GuideField::type)
			.distinct()).containsExactlyInAnyOrder(FieldType.values());

		// The market regulation bureau's items were drafted by its 事项管理员 and published
		// by its leader, the README's people.
		Guide food = guides
			.findByItemIdAndState(items.findByCode(prefix + "-SJ-XK-001").orElseThrow().id(), GuideState.PUBLISHED)
			.orElseThrow();
		assertThat(food.name()).isEqualTo("食品经营许可（新办）");
		assertThat(food.licenceType()).isEqualTo("food-business");
		assertThat(food.draftedBy()).isEqualTo("fengxue");
		assertThat(food.reviewedBy()).isEqualTo("guoqing");
		assertThat(food.fee()).isNull();
		Guide restaurant = guides
			.findByItemIdAndState(items.findByCode(prefix + "-SJ-XK-005").orElseThrow().id(), GuideState.PUBLISHED)
			.orElseThrow();
		assertThat(restaurant.jointDepartments()).containsExactly(departments.get("秦卫健"));
	}

	@Test
	void a_department_missing_leaves_out_its_items_and_the_joint_items_that_need_it() {
		UUID market = TestStaff.unit(units, "市监局", "Market Bureau");
		String prefix = "U" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

		int loaded = demo.load(Map.of("秦市监", market), prefix, AT);

		// the four market items of its own; the restaurant 一件事 needs the health
		// commission
		assertThat(loaded).isEqualTo(4);
		assertThat(items.findByCode(prefix + "-SJ-XK-005")).isEmpty();
	}

	@Test
	void nothing_is_written_outside_the_demo() throws Exception {
		long before = items.count();

		demo.run(new DefaultApplicationArguments());

		assertThat(items.count()).isEqualTo(before);
	}

}
