package org.zhengtong.search.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.opensearch.testcontainers.OpenSearchContainer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenSearch engine, against a real OpenSearch: the same answers as the embedded
 * index, and an index left halfway through a rebuild is not current. The server is the
 * one at {@code -Dzhengtong.test.opensearch-url=http://host:9200} when given, else one in
 * a container; without either (no Docker) the tests are skipped.
 */
@EnabledIf("aServer")
class OpenSearchEngineTests extends SearchEngineContract {

	static final String SERVER = "zhengtong.test.opensearch-url";

	static @Nullable OpenSearchContainer<?> container;

	static String url = "";

	static boolean aServer() {
		return !System.getProperty(SERVER, "").isBlank() || DockerClientFactory.instance().isDockerAvailable();
	}

	@BeforeAll
	static void server() {
		url = System.getProperty(SERVER, "");
		if (url.isBlank()) {
			container = new OpenSearchContainer<>(DockerImageName.parse("opensearchproject/opensearch:3.4.0"));
			container.start();
			url = container.getHttpHostAddress();
		}
	}

	@AfterAll
	static void stop() {
		if (container != null) {
			container.stop();
		}
	}

	OpenSearchEngine engine;

	String index = "";

	@BeforeEach
	void connect() {
		index = "test-" + UUID.randomUUID();
		engine = new OpenSearchEngine(URI.create(url), "", "", index, CLOCK);
		assertThat(engine.current()).as("a new index is made, empty and current").isTrue();
	}

	@AfterEach
	void close() throws Exception {
		engine.destroy();
		// A server given by address outlives the tests: leave nothing in it.
		HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url + "/" + index)).DELETE().build(),
					HttpResponse.BodyHandlers.discarding());
	}

	@Override
	SearchEngine engine() {
		return engine;
	}

	@Test
	void an_interrupted_rebuild_is_not_current_until_it_finishes() throws Exception {
		engine.startRebuild();
		assertThat(engine.current()).isFalse();
		engine.putAll(List.of());
		engine.rebuilt();
		assertThat(engine.current()).isTrue();
		assertThat(engine.size()).isZero();
	}

}
