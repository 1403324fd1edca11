package org.zhengtong.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import jakarta.json.JsonString;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson3.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.SuggestMode;
import org.opensearch.client.opensearch._types.mapping.IndexOptions;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.SuggestSort;
import org.opensearch.client.opensearch.core.search.TotalHitsRelation;
import org.opensearch.client.opensearch.indices.CreateIndexRequest;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.zhengtong.search.SearchHit;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.search.SearchResults;
import org.zhengtong.search.SearchType;

/**
 * Search with an OpenSearch index that several instances share
 * ({@code zhengtong.search.engine=opensearch}, {@code zhengtong.search.opensearch.url}).
 * Its built-in {@code cjk} analyzer makes the same bigrams as the embedded index, and a
 * {@code .chars} sub-field holds single characters as the embedded index does; each
 * single character is a {@code match} there, each other word or phrase a
 * {@code match_phrase} on the text (so the bigrams must follow each other), the title
 * counts extra, newer first on a tie. The few results whose bigrams line up without the
 * characters doing so (across a line break) are not shown, as with Lucene.
 */
@Component
@ConditionalOnProperty(name = "zhengtong.search.engine", havingValue = "opensearch")
class OpenSearchEngine implements SearchEngine, DisposableBean {

	/**
	 * How documents are indexed (2: single characters in {@code text.chars} and
	 * {@code title.chars}); an index written another way is rebuilt at start.
	 */
	static final String FORMAT = "2";

	/** What is indexed, as OpenSearch keeps it. */
	record Source(String id, String type, String site, String channel, String channelName, String title, String body,
			String text, @Nullable String reference, long published, String path) {

		static Source of(IndexedArticle article) {
			return new Source(article.id(), article.type().name(), article.site(), article.channel().toString(),
					article.channelName(), article.title(), article.body(), article.text(), article.reference(),
					article.published().toEpochMilli(), article.path());
		}

		IndexedArticle article() {
			return new IndexedArticle(id, SearchType.valueOf(type), site, UUID.fromString(channel), channelName, title,
					body, reference, Instant.ofEpochMilli(published), path);
		}

	}

	/**
	 * The analyzer of single characters: each Chinese character a token, words otherwise.
	 */
	static final String CHARACTERS = "characters";

	private final OpenSearchClient client;

	private final String index;

	private final Clock clock;

	OpenSearchEngine(@Value("${zhengtong.search.opensearch.url:http://localhost:9200}") URI url,
			@Value("${zhengtong.search.opensearch.username:}") String username,
			@Value("${zhengtong.search.opensearch.password:}") String password,
			@Value("${zhengtong.search.opensearch.index:zhengtong-articles}") String index, Clock clock) {
		HttpHost host = new HttpHost(url.getScheme(), url.getHost(), url.getPort());
		ApacheHttpClient5TransportBuilder transport = ApacheHttpClient5TransportBuilder.builder(host)
			.setMapper(new JacksonJsonpMapper());
		if (!username.isBlank()) {
			transport.setHttpClientConfigCallback((http) -> {
				BasicCredentialsProvider credentials = new BasicCredentialsProvider();
				credentials.setCredentials(new AuthScope(host),
						new UsernamePasswordCredentials(username, password.toCharArray()));
				return http.setDefaultCredentialsProvider(credentials);
			});
		}
		this.client = new OpenSearchClient(transport.build());
		this.index = index;
		this.clock = clock;
	}

	@Override
	public void put(IndexedArticle article) {
		call(() -> client.index((request) -> request.index(index)
			.id(article.id())
			.document(Source.of(article))
			.refresh(Refresh.WaitFor)));
	}

	@Override
	public void remove(String id) {
		call(() -> client.delete((request) -> request.index(index).id(id).refresh(Refresh.WaitFor)));
	}

	/**
	 * An index that does not exist yet is made (empty, current); one written in another
	 * {@link #FORMAT} or left halfway through a rebuild is not current.
	 */
	@Override
	public boolean current() {
		return call(() -> {
			if (!client.indices().exists((request) -> request.index(index)).value()) {
				try {
					create(false);
					return true;
				}
				catch (OpenSearchException ex) {
					// Another instance made it meanwhile: read what it made.
					if (!client.indices().exists((request) -> request.index(index)).value()) {
						throw ex;
					}
				}
			}
			Map<String, JsonData> meta = client.indices()
				.getMapping((request) -> request.index(index))
				.result()
				.values()
				.iterator()
				.next()
				.mappings()
				.meta();
			return meta != null && meta.get("format") != null
					&& meta.get("format").toJson() instanceof JsonString format && FORMAT.equals(format.getString())
					&& !meta.containsKey("rebuilding");
		});
	}

	@Override
	public void startRebuild() throws IOException {
		if (client.indices().exists((request) -> request.index(index)).value()) {
			client.indices().delete((request) -> request.index(index));
		}
		create(true);
	}

	private void create(boolean rebuilding) throws IOException {
		client.indices().create(creation(index, rebuilding));
	}

	/**
	 * The index: CJK bigrams for title and text, and each single character beside them
	 * ({@code .chars}, frequencies without positions, as the embedded index does); the
	 * rest as stored or as filters.
	 */
	static CreateIndexRequest creation(String index, boolean rebuilding) {
		Map<String, JsonData> meta = rebuilding ? Map.of("format", JsonData.of(FORMAT), "rebuilding", JsonData.of(true))
				: Map.of("format", JsonData.of(FORMAT));
		return CreateIndexRequest.of((request) -> request.index(index)
			.settings((settings) -> settings.analysis((analysis) -> analysis.analyzer(CHARACTERS,
					(analyzer) -> analyzer
						.custom((custom) -> custom.tokenizer("standard").filter("cjk_width", "lowercase")))))
			.mappings((mapping) -> mapping.meta(meta)
				.properties("id", (p) -> p.keyword((k) -> k))
				.properties("type", (p) -> p.keyword((k) -> k))
				.properties("site", (p) -> p.keyword((k) -> k))
				.properties("channel", (p) -> p.keyword((k) -> k))
				.properties("channelName", (p) -> p.keyword((k) -> k.index(false)))
				.properties("title",
						(p) -> p.text((t) -> t.analyzer("cjk").fields("chars", OpenSearchEngine::characters)))
				.properties("body", (p) -> p.text((t) -> t.index(false)))
				.properties("text",
						(p) -> p.text((t) -> t.analyzer("cjk").fields("chars", OpenSearchEngine::characters)))
				.properties("reference", (p) -> p.keyword((k) -> k.index(false)))
				.properties("published", (p) -> p.long_((l) -> l))
				.properties("path", (p) -> p.keyword((k) -> k.index(false)))));
	}

	private static org.opensearch.client.util.ObjectBuilder<org.opensearch.client.opensearch._types.mapping.Property> characters(
			org.opensearch.client.opensearch._types.mapping.Property.Builder property) {
		return property.text((t) -> t.analyzer(CHARACTERS).indexOptions(IndexOptions.Freqs));
	}

	@Override
	public void putAll(List<IndexedArticle> articles) throws IOException {
		if (articles.isEmpty()) {
			return;
		}
		BulkResponse response = client.bulk((bulk) -> {
			bulk.index(index);
			for (IndexedArticle article : articles) {
				bulk.operations(
						(operation) -> operation.index((write) -> write.id(article.id()).document(Source.of(article))));
			}
			return bulk;
		});
		if (response.errors()) {
			String reasons = response.items()
				.stream()
				.filter((item) -> item.error() != null)
				.limit(3)
				.map((item) -> item.id() + ": " + item.error().reason())
				.toList()
				.toString();
			throw new IOException("OpenSearch refused part of a batch: " + reasons);
		}
	}

	@Override
	public void rebuilt() throws IOException {
		client.indices().putMapping((request) -> request.index(index).meta(Map.of("format", JsonData.of(FORMAT))));
		client.indices().refresh((request) -> request.index(index));
	}

	@Override
	public long size() {
		return call(() -> client.count((request) -> request.index(index)).count());
	}

	@Override
	public SearchResults search(List<String> terms, SearchQuery query, int page, int size) {
		SearchResponse<Source> response = call(
				() -> client.search(request(index, terms, query, page, size, clock.getZone()), Source.class));
		List<SearchHit> hits = new ArrayList<>();
		boolean dropped = false;
		for (Hit<Source> hit : response.hits().hits()) {
			IndexedArticle article = hit.source().article();
			if (article.containsAll(terms)) {
				hits.add(article.hit(terms));
			}
			else {
				dropped = true;
			}
		}
		var total = response.hits().total();
		boolean moreThan = total != null && total.relation() == TotalHitsRelation.Gte;
		return new SearchResults(hits, total == null ? hits.size() : total.value(), dropped && !moreThan, moreThan,
				page, size, terms);
	}

	/**
	 * Every term a phrase in the text, the title counting extra, filtered by site, type,
	 * channel and days; by score, newer first on a tie.
	 */
	static SearchRequest request(String index, List<String> terms, SearchQuery query, int page, int size, ZoneId zone) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		for (String term : terms) {
			if (LuceneIndex.character(term)) {
				// One character: among the single characters (in bigrams it is a token
				// only
				// where it stands alone).
				bool.must((must) -> must.match((match) -> match.field("text.chars").query(FieldValue.of(term))));
				bool.should((should) -> should
					.match((match) -> match.field("title.chars").query(FieldValue.of(term)).boost(2f)));
				continue;
			}
			bool.must((must) -> must.matchPhrase((phrase) -> phrase.field("text").query(term)));
			bool.should((should) -> should.matchPhrase((phrase) -> phrase.field("title").query(term).boost(2f)));
		}
		bool.filter((filter) -> filter.term((t) -> t.field("site").value(FieldValue.of(query.site()))));
		if (query.type() != null) {
			bool.filter((filter) -> filter.term((t) -> t.field("type").value(FieldValue.of(query.type().name()))));
		}
		if (query.channel() != null) {
			bool.filter((filter) -> filter
				.term((t) -> t.field("channel").value(FieldValue.of(query.channel().toString()))));
		}
		Published published = Published.of(query, zone);
		if (published != null) {
			bool.filter((filter) -> filter.range((range) -> range.field("published")
				.gte(JsonData.of(published.from()))
				.lte(JsonData.of(published.to()))));
		}
		BoolQuery built = bool.build();
		return SearchRequest.of((search) -> search.index(index)
			.query((q) -> q.bool(built))
			.sort((sort) -> sort.score((score) -> score.order(SortOrder.Desc)))
			.sort((sort) -> sort.field((field) -> field.field("published").order(SortOrder.Desc)))
			.from(page * size)
			.size(size));
	}

	@Override
	public long count(List<String> terms, SearchQuery query) {
		SearchRequest request = request(index, terms, query, 0, 0, clock.getZone());
		return call(() -> client.count((count) -> count.index(index).query(request.query()))).count();
	}

	/**
	 * OpenSearch's term suggester (the same Levenshtein automaton over the terms of the
	 * text as the embedded index uses), the most frequent first.
	 */
	@Override
	public List<String> similar(String token, int most) {
		SearchResponse<Source> response = call(() -> client.search(suggestion(index, token, most), Source.class));
		List<String> similar = new ArrayList<>();
		response.suggest()
			.getOrDefault("similar", List.of())
			.stream()
			.filter((suggest) -> suggest.isTerm())
			.flatMap((suggest) -> suggest.term().options().stream())
			.map((option) -> option.text())
			.filter((text) -> !text.equals(token))
			.distinct()
			.limit(most)
			.forEach(similar::add);
		return similar;
	}

	static SearchRequest suggestion(String index, String token, int most) {
		int edits = token.codePointCount(0, token.length()) >= 5 ? 2 : 1;
		return SearchRequest.of((search) -> search.index(index)
			.size(0)
			.suggest((suggest) -> suggest.suggesters("similar",
					(field) -> field.text(token)
						.term((term) -> term.field("text")
							.suggestMode(SuggestMode.Always)
							.sort(SuggestSort.Frequency)
							.maxEdits(edits)
							.prefixLength(0)
							.minWordLength(1)
							.size(most)))));
	}

	private interface Call<T> {

		T call() throws IOException;

	}

	private static <T> T call(Call<T> call) {
		try {
			return call.call();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void destroy() throws IOException {
		client._transport().close();
	}

}
