package org.zhengtong.interaction.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.search.Search;
import org.zhengtong.search.SearchHit;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.search.SearchType;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 网上调查和意见征集 in site search: a draft is never found; once published a consultation is
 * found by its title and description as its own kind of result, its 采纳情况 once the results
 * are published, and still after the index is rebuilt from the database.
 */
@IntegrationTest
class SurveySearchIntegrationTests {

	@Autowired
	SurveyService service;

	@Autowired
	Search search;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Test
	void a_published_consultation_and_its_adoption_are_found_a_draft_is_not() {
		String tag = "征" + UUID.randomUUID().toString().substring(0, 6);
		UUID unit = TestStaff.unit(units, "搜索调查办", "Survey search office");
		String editor = TestStaff.withRole(accounts, unit, "ss", "编辑丁", InteractionRoles.INTERACTION_EDITOR);
		Instant now = Instant.now();
		Survey draft = service.create(SurveyKind.SURVEY, new SurveyService.Description(tag + "草稿调查",
				"尚未发布的" + tag + "草稿说明", null, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(5))), editor);
		Survey survey = service.create(SurveyKind.CONSULTATION, new SurveyService.Description(tag + "停车收费征求意见",
				"关于" + tag + "停车收费办法的说明", "第一条　草案全文。", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(5))),
				editor);
		UUID id = survey.id();
		service.addQuestion(id,
				new SurveyService.NewQuestion(QuestionKind.SINGLE, "您是否赞成？", true, List.of("赞成", "不赞成"), 1, 5), editor);
		// An edit of the draft tells search, which keeps nothing of a draft.
		service.update(draft.id(), service.find(draft.id()).orElseThrow().version(),
				new SurveyService.Description(tag + "草稿调查", "尚未发布的" + tag + "草稿说明（改）", null,
						now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(5))),
				editor);
		service.publish(id, editor);

		await().atMost(Duration.ofSeconds(30)).until(() -> found(tag + "停车收费") != null);
		SearchHit hit = found(tag + "停车收费");
		assertThat(hit.type()).isEqualTo(SearchType.SURVEY);
		assertThat(hit.path()).isEqualTo("/interaction/surveys/" + id);
		assertThat(hit.channelName()).isEqualTo("意见征集");
		assertThat(found("尚未发布的" + tag)).as("a draft").isNull();
		assertThat(found(tag + "延长免费时段")).as("no 采纳情况 yet").isNull();

		service.close(id, editor);
		service.publishResults(id, "采纳了" + tag + "延长免费时段的建议。", editor);
		await().atMost(Duration.ofSeconds(30)).until(() -> found(tag + "延长免费时段") != null);
		assertThat(found(tag + "延长免费时段").path()).isEqualTo("/interaction/surveys/" + id);

		search.rebuild("system");
		await().atMost(Duration.ofSeconds(60)).until(() -> !search.rebuilding());
		assertThat(found(tag + "延长免费时段")).as("after a rebuild").isNotNull();
		assertThat(found("尚未发布的" + tag)).as("a draft after a rebuild").isNull();
	}

	private SearchHit found(String phrase) {
		return search.search(new SearchQuery(phrase, "zh", null, SearchType.SURVEY, null, null, 0, 10))
			.hits()
			.stream()
			.filter((hit) -> hit.path().startsWith("/interaction/surveys/"))
			.findFirst()
			.orElse(null);
	}

}
