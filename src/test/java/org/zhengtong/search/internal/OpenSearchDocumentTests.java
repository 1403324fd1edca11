package org.zhengtong.search.internal;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.jackson3.JacksonJsonpMapper;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.search.SearchType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article goes to OpenSearch and comes back through the client's own JSON mapper
 * (Jackson 3) unchanged: the fields the index maps, the time as milliseconds, no
 * reference when there is none. Runs without Docker.
 */
class OpenSearchDocumentTests {

	@Test
	void an_article_survives_the_trip_through_the_clients_json() {
		JacksonJsonpMapper mapper = new JacksonJsonpMapper();
		IndexedArticle article = new IndexedArticle("article:7", SearchType.DISCLOSURE, "zh", UUID.randomUUID(), "文件",
				"秦川市公共数据管理办法", "为规范公共数据管理，制定本办法。", "秦测发〔2026〕7号", Instant.parse("2026-02-01T02:00:00Z"), "/articles/7");
		StringWriter json = new StringWriter();
		try (JsonGenerator generator = mapper.jsonProvider().createGenerator(json)) {
			mapper.serialize(OpenSearchEngine.Source.of(article), generator);
		}
		assertThat(json.toString()).contains("\"published\":1769911200000", "\"type\":\"DISCLOSURE\"",
				"\"text\":\"秦川市公共数据管理办法\\n为规范公共数据管理，制定本办法。\\n秦测发〔2026〕7号\"");

		OpenSearchEngine.Source back = mapper.deserialize(
				mapper.jsonProvider().createParser(new StringReader(json.toString())), OpenSearchEngine.Source.class);
		assertThat(back.article()).isEqualTo(article);

		StringWriter without = new StringWriter();
		try (JsonGenerator generator = mapper.jsonProvider().createGenerator(without)) {
			mapper.serialize(OpenSearchEngine.Source.of(new IndexedArticle("article:8", SearchType.ARTICLE, "en",
					article.channel(), "News", "Bus routes", "Tell us.", null, article.published(), "/en/articles/8")),
					generator);
		}
		assertThat(without.toString()).doesNotContain("reference");
	}

	@Test
	void the_index_and_the_query_are_what_opensearch_is_asked_for() {
		String index = json(OpenSearchEngine.creation("articles", true));
		assertThat(index).contains("\"text\":{\"type\":\"text\",\"fields\":{\"chars\"",
				"\"title\":{\"type\":\"text\",\"fields\":{\"chars\"", "}},\"analyzer\":\"cjk\"}",
				"\"published\":{\"type\":\"long\"}", "\"rebuilding\":true",
				"\"format\":\"" + OpenSearchEngine.FORMAT + "\"");

		String query = json(OpenSearchEngine.request("articles", List.of("电子政务", "信息安全"),
				new SearchQuery("电子政务 信息安全", "zh", null, SearchType.DISCLOSURE, LocalDate.of(2026, 1, 1), null, 1, 10),
				1, 10, ZoneId.of("Asia/Shanghai")));
		assertThat(query).contains("\"match_phrase\":{\"text\":{\"query\":\"电子政务\"}}",
				"\"match_phrase\":{\"text\":{\"query\":\"信息安全\"}}",
				"\"match_phrase\":{\"title\":{\"boost\":2.0,\"query\":\"电子政务\"}}",
				"\"term\":{\"site\":{\"value\":\"zh\"}}", "\"term\":{\"type\":{\"value\":\"DISCLOSURE\"}}",
				"\"gte\":1767196800000", "\"from\":10", "\"size\":10", "\"published\":{\"order\":\"desc\"}");
	}

	@Test
	void single_characters_have_a_field_of_their_own_and_typos_are_asked_of_the_term_suggester() {
		String index = json(OpenSearchEngine.creation("articles", false));
		assertThat(index).contains("\"characters\":{\"type\":\"custom\"", "\"tokenizer\":\"standard\"",
				"\"filter\":[\"cjk_width\",\"lowercase\"]", "\"chars\":{\"type\":\"text\"",
				"\"analyzer\":\"characters\"", "\"index_options\":\"freqs\"");

		String query = json(OpenSearchEngine.request("articles", List.of("网", "审批"),
				new SearchQuery("网 审批", "zh", null, null, null, null, 0, 10), 0, 10, ZoneId.of("Asia/Shanghai")));
		assertThat(query)
			.contains("\"match\":{\"text.chars\":{\"query\":\"网\"}}",
					"\"match\":{\"title.chars\":{\"boost\":2.0,\"query\":\"网\"}}",
					"\"match_phrase\":{\"text\":{\"query\":\"审批\"}}")
			.doesNotContain("\"match_phrase\":{\"text\":{\"query\":\"网\"}}");

		String suggestion = json(OpenSearchEngine.suggestion("articles", "数子", 5));
		assertThat(suggestion).contains("\"text\":\"数子\"", "\"field\":\"text\"", "\"max_edits\":1",
				"\"prefix_length\":0", "\"suggest_mode\":\"always\"", "\"sort\":\"frequency\"", "\"size\":0");
	}

	private static String json(org.opensearch.client.json.JsonpSerializable request) {
		JacksonJsonpMapper mapper = new JacksonJsonpMapper();
		StringWriter json = new StringWriter();
		try (JsonGenerator generator = mapper.jsonProvider().createGenerator(json)) {
			request.serialize(generator, mapper);
		}
		return json.toString();
	}

}
