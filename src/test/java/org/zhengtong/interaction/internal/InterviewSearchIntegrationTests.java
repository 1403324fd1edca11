package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
 * 在线访谈 in site search: the announcement is found on both sites as its own kind of result;
 * a question is found once an editor approves it, never one that was not taken (moderated
 * out) or is still waiting; a transcript line once published, not while only written; the
 * archive after the interview ends and after the index is rebuilt.
 */
@IntegrationTest
class InterviewSearchIntegrationTests {

	@Autowired
	InterviewDesk desk;

	@Autowired
	Search search;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	Clock clock;

	@Test
	void approved_questions_and_published_lines_are_found_a_moderated_out_question_is_not() {
		String tag = "访" + UUID.randomUUID().toString().substring(0, 6);
		UUID unit = TestStaff.unit(units, "搜索访谈局", "Interview Search Bureau");
		String editor = TestStaff.withRole(accounts, unit, "isv", "互动编辑", InteractionRoles.INTERACTION_EDITOR);
		Interview interview = desk.announce(new Interview.Details(tag + "公共交通访谈", "Transit interview " + tag,
				"市交通局负责人介绍" + tag + "公交规划。", "The bureau presents the bus plan.",
				clock.instant().plus(Duration.ofHours(1)), null, null, List.of(new Interview.Guest(unit, "钱局长", "局长"))),
				null, editor);
		UUID id = interview.id();

		await().atMost(Duration.ofSeconds(30)).until(() -> found(tag + "公交规划", "zh") != null);
		SearchHit hit = found(tag + "公交规划", "zh");
		assertThat(hit.type()).isEqualTo(SearchType.INTERVIEW);
		assertThat(hit.path()).isEqualTo("/interaction/interviews/" + id);
		await().atMost(Duration.ofSeconds(30)).until(() -> found("Transit interview " + tag, "en") != null);
		assertThat(found("Transit interview " + tag, "en").path()).isEqualTo("/en/interaction/interviews/" + id);

		InterviewQuestion taken = desk.ask(id, asker(), tag + "夜班公交何时开通", false);
		InterviewQuestion refused = desk.ask(id, asker(), tag + "广告推销内容", false);
		InterviewQuestion waiting = desk.ask(id, asker(), tag + "等待审核的提问", false);
		desk.reject(id, refused.id(), editor);
		desk.approve(id, taken.id(), null, editor);
		desk.start(id, editor);
		InterviewLine published = desk.write(id, "钱局长", tag + "夜班公交下月开通", taken.id(), editor);
		desk.publish(id, published.id(), published.speaker(), published.text(), editor);
		desk.write(id, "主持人", tag + "尚未发布的文字", null, editor);

		await().atMost(Duration.ofSeconds(30)).until(() -> found(tag + "夜班公交下月开通", "zh") != null);
		assertThat(found(tag + "夜班公交何时开通", "zh")).as("an approved question").isNotNull();
		assertThat(found(tag + "广告推销", "zh")).as("a question moderated out").isNull();
		assertThat(found(tag + "等待审核", "zh")).as("a question still waiting").isNull();
		assertThat(found(tag + "尚未发布", "zh")).as("a line written, not published").isNull();
		assertThat(waiting.id()).isNotEqualTo(taken.id());

		desk.end(id, editor);
		search.rebuild("system");
		await().atMost(Duration.ofSeconds(60)).until(() -> !search.rebuilding());
		assertThat(found(tag + "夜班公交下月开通", "zh")).as("the archive after a rebuild").isNotNull();
		assertThat(found(tag + "广告推销", "zh")).as("moderated out, after a rebuild").isNull();
	}

	private static InterviewDesk.Asker asker() {
		return new InterviewDesk.Asker(null, null, "孙网友", "198.18.7.7", null);
	}

	private @Nullable SearchHit found(String phrase, String site) {
		return search.search(new SearchQuery(phrase, site, null, SearchType.INTERVIEW, null, null, 0, 10))
			.hits()
			.stream()
			.filter((hit) -> hit.path().contains("/interaction/interviews/"))
			.findFirst()
			.orElse(null);
	}

}
