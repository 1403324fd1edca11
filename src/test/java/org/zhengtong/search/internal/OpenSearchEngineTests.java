package org.zhengtong.search.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.testcontainers.OpenSearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenSearch engine, against a real OpenSearch in a container: the same answers as
 * the embedded index, and an index left halfway through a rebuild is not current. Skipped
 * where there is no Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class OpenSearchEngineTests extends SearchEngineContract {

	@Container
	static final OpenSearchContainer<?> OPENSEARCH = new OpenSearchContainer<>(
			DockerImageName.parse("opensearchproject/opensearch:3.4.0"));

	OpenSearchEngine engine;

	@BeforeEach
	void connect() {
		engine = new OpenSearchEngine(URI.create(OPENSEARCH.getHttpHostAddress()), "", "", "test-" + UUID.randomUUID(),
				CLOCK);
		assertThat(engine.current()).as("a new index is made, empty and current").isTrue();
	}

	@AfterEach
	void close() throws Exception {
		engine.destroy();
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
