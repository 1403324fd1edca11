package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.search.Search;
import org.zhengtong.search.SearchHit;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.search.SearchType;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 办事指南 in site search: a draft is never found; a published guide is found by its name and
 * by another name people use (synonym) as its own kind of result; a superseded version's
 * words and a withdrawn item are no longer found; the guide survives a rebuild.
 */
@IntegrationTest
class GuideSearchIntegrationTests {

	@Autowired
	CatalogueDesk desk;

	@Autowired
	Search search;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Test
	void a_synonym_finds_the_guide_in_force_and_nothing_else_is_found() {
		String tag = "搜" + UUID.randomUUID().toString().substring(0, 6);
		UUID department = TestStaff.unit(units, "搜索局", "Search bureau");
		String manager = TestStaff.withRole(accounts, department, "gm", "事项子", PermitRoles.ITEM_MANAGER);
		String leader = TestStaff.withRole(accounts, department, "gl", "负责丑", PermitRoles.PERMIT_LEADER);
		Guide draft = desk.create("G-" + UUID.randomUUID().toString().substring(0, 8), Audience.ENTERPRISE,
				PermitTheme.FOOD_AND_DRUGS, TestGuides.content(tag + "食品经营许可", "开饭馆" + tag + "\n办餐馆" + tag, 10),
				manager);
		desk.submit(draft.id(), manager);
		assertThat(found("开饭馆" + tag)).as("not yet published").isNull();
		desk.publish(draft.id(), null, leader);

		await().atMost(Duration.ofSeconds(30)).until(() -> found("开饭馆" + tag) != null);
		SearchHit hit = found("开饭馆" + tag);
		assertThat(hit.type()).isEqualTo(SearchType.GUIDE);
		assertThat(hit.title()).isEqualTo(tag + "食品经营许可");
		assertThat(hit.path()).isEqualTo("/services/items/" + desk.item(draft.itemId()).code());
		assertThat(found("办餐馆" + tag)).isNotNull();
		assertThat(found(tag + "食品经营许可")).isNotNull();

		// The next version drops a name: the superseded words are no longer found.
		Guide next = desk.newDraft(draft.itemId(), manager);
		desk.revise(next.id(), next.version(), TestGuides.content(tag + "食品经营许可", "开饭馆" + tag, 10), manager);
		desk.submit(next.id(), manager);
		desk.publish(next.id(), null, leader);
		await().atMost(Duration.ofSeconds(30)).until(() -> found("办餐馆" + tag) == null);
		assertThat(found("开饭馆" + tag)).isNotNull();

		search.rebuild("system");
		await().atMost(Duration.ofSeconds(60)).until(() -> !search.rebuilding());
		assertThat(found("开饭馆" + tag)).as("after a rebuild").isNotNull();
		assertThat(found("办餐馆" + tag)).as("superseded, after a rebuild").isNull();

		desk.withdraw(draft.itemId(), manager);
		await().atMost(Duration.ofSeconds(30)).until(() -> found("开饭馆" + tag) == null);
		desk.restore(draft.itemId(), manager);
		await().atMost(Duration.ofSeconds(30)).until(() -> found("开饭馆" + tag) != null);
	}

	private SearchHit found(String phrase) {
		return search.search(new SearchQuery(phrase, "zh", null, SearchType.GUIDE, null, null, 0, 10))
			.hits()
			.stream()
			.filter((hit) -> hit.path().startsWith("/services/items/"))
			.findFirst()
			.orElse(null);
	}

}
