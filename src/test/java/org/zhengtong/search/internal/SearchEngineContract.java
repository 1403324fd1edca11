package org.zhengtong.search.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.zhengtong.search.SearchHit;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.search.SearchResults;
import org.zhengtong.search.SearchType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every search engine must answer alike (decisions.md): 审批 finds texts containing
 * 审批; 市长 ranks a text about the mayor above one containing only 城市长期; every result shown
 * contains the phrase; filters by site, type, channel and day; a removed article is gone.
 * Run against the embedded index here, and against OpenSearch where Docker is.
 */
abstract class SearchEngineContract {

	static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

	static final UUID NEWS = UUID.randomUUID();

	static final UUID NOTICES = UUID.randomUUID();

	abstract SearchEngine engine();

	@Test
	void chinese_phrases_are_found_ranked_and_filtered() throws Exception {
		SearchEngine engine = engine();
		engine.put(article(1, "zh", NEWS, "关于深化审批制度改革的通知", "各部门要精简审批事项，推行网上审批。", null, "2026-03-02"));
		engine.put(article(2, "zh", NEWS, "市长接待日安排", "市长将于本周五接待来访群众，听取意见。", null, "2025-01-10"));
		engine.put(article(3, "zh", NOTICES, "城市长期发展规划", "本市城市长期发展规划征求意见。", null, "2026-05-01"));
		engine.put(article(4, "zh", NOTICES, "秦川市公共数据管理办法", "为规范公共数据管理，制定本办法。", "秦测发〔2026〕7号", "2026-02-01"));
		engine.putAll(List
			.of(article(5, "en", NEWS, "Online approval services", "Apply for approvals online.", null, "2026-04-01")));
		engine.rebuilt();
		assertThat(engine.size()).isEqualTo(5);

		SearchResults approvals = search(engine, List.of("审批"), "zh", null, null, null);
		assertThat(approvals.hits()).extracting(SearchHit::id).containsExactly("article:1");
		assertThat(approvals.hits().get(0).snippet()).contains("<mark>审批</mark>");

		SearchResults mayors = search(engine, List.of("市长"), "zh", null, null, null);
		assertThat(mayors.hits()).extracting(SearchHit::id).as("the mayor first").startsWith("article:2");
		assertThat(mayors.hits()).allSatisfy((hit) -> assertThat(hit.title() + hit.snippet()).contains("市长"));

		assertThat(search(engine, List.of("审批", "网上"), "zh", null, null, null).hits()).extracting(SearchHit::id)
			.containsExactly("article:1");
		assertThat(search(engine, List.of("审批", "接待"), "zh", null, null, null).hits()).as("every term").isEmpty();
		assertThat(search(engine, List.of("approval"), "zh", null, null, null).hits()).as("another site").isEmpty();
		assertThat(search(engine, List.of("approvals"), "en", null, null, null).hits()).extracting(SearchHit::id)
			.containsExactly("article:5");

		SearchResults byNumber = search(engine, List.of("秦测发〔2026〕7号"), "zh", SearchType.DISCLOSURE, null, null);
		assertThat(byNumber.hits()).extracting(SearchHit::id).containsExactly("article:4");
		assertThat(byNumber.hits().get(0).reference()).isEqualTo("秦测发〔2026〕7号");
		assertThat(search(engine, List.of("管理"), "zh", SearchType.ARTICLE, null, null).hits()).isEmpty();
		assertThat(search(engine, List.of("意见"), "zh", null, NOTICES, null).hits()).extracting(SearchHit::id)
			.containsExactly("article:3");
		assertThat(search(engine, List.of("意见"), "zh", null, null, LocalDate.of(2026, 1, 1)).hits())
			.extracting(SearchHit::id)
			.as("published on or after the day")
			.containsExactly("article:3");

		engine.remove("article:1");
		assertThat(search(engine, List.of("审批"), "zh", null, null, null).hits()).isEmpty();
		assertThat(engine.size()).isEqualTo(4);
	}

	@Test
	void a_single_character_is_found_where_it_stands_in_words_and_the_title_counts_first() throws Exception {
		SearchEngine engine = engine();
		engine.put(article(11, "zh", NEWS, "推进网上审批", "审批事项全部可以在线办理。", null, "2026-03-02"));
		engine.put(article(12, "zh", NEWS, "政务服务指南", "各类事项均可登录政务服务网办理，网上审批更方便。", null, "2026-03-03"));
		engine.put(article(13, "zh", NOTICES, "采购公告", "采购办公桌椅一批。", null, "2026-03-04"));

		SearchResults net = search(engine, List.of("网"), "zh", null, null, null);
		assertThat(net.hits()).extracting(SearchHit::id)
			.as("网 inside 网上 and 服务网, the one with it in its title first")
			.containsExactly("article:11", "article:12");
		assertThat(net.hits().get(0).markedTitle()).isEqualTo("推进<mark>网</mark>上审批");
		assertThat(search(engine, List.of("网", "采购"), "zh", null, null, null).hits()).as("every term").isEmpty();
		assertThat(search(engine, List.of("桌"), "zh", null, null, null).hits()).extracting(SearchHit::id)
			.containsExactly("article:13");

		SearchResults approvals = search(engine, List.of("网上审批"), "zh", null, null, null);
		assertThat(approvals.hits()).extracting(SearchHit::id).containsExactly("article:11", "article:12");
		assertThat(approvals.hits()).allSatisfy((hit) -> assertThat(hit.title() + hit.snippet()).contains("网上审批"));
	}

	@Test
	void the_indexed_bigrams_one_character_away_are_offered_the_most_frequent_first() throws Exception {
		SearchEngine engine = engine();
		engine.put(article(21, "zh", NEWS, "数字政府建设推进会", "推进数字政府建设。", null, "2026-03-02"));
		engine.put(article(22, "zh", NEWS, "数字证书办理", "数字证书在线办理。", null, "2026-03-03"));
		engine.put(article(23, "zh", NEWS, "数据开放", "公共数据开放目录。", null, "2026-03-04"));
		engine.put(article(24, "en", NEWS, "Open data portal", "The open data portal is live.", null, "2026-03-04"));

		assertThat(engine.similar("数子", 5)).as("数字 in two articles, 数据 in one").startsWith("数字").contains("数据");
		assertThat(engine.similar("portl", 5)).contains("portal");
		assertThat(engine.similar("数字", 5)).doesNotContain("数字");
		SearchQuery zh = new SearchQuery("", "zh", null, null, null, null, 0, 10);
		assertThat(engine.count(List.of("数字政府"), zh)).as("counted by the index alone").isEqualTo(1);
		assertThat(engine.count(List.of("数字", "推进"), zh)).isEqualTo(1);
		assertThat(engine.count(List.of("府"), zh)).isEqualTo(1);
		assertThat(engine.count(List.of("数据政府"), zh)).isZero();
		assertThat(engine.count(List.of("portal"), zh)).as("another site").isZero();
	}

	private static SearchResults search(SearchEngine engine, List<String> terms, String site, @Nullable SearchType type,
			@Nullable UUID channel, @Nullable LocalDate from) {
		return engine.search(terms, new SearchQuery(String.join(" ", terms), site, channel, type, from, null, 0, 10), 0,
				10);
	}

	private static IndexedArticle article(long id, String site, UUID channel, String title, String body,
			@Nullable String reference, String day) {
		return new IndexedArticle("article:" + id, reference == null ? SearchType.ARTICLE : SearchType.DISCLOSURE, site,
				channel, "栏目", title, body, reference, Instant.parse(day + "T02:00:00Z"), "/articles/" + id);
	}

}
