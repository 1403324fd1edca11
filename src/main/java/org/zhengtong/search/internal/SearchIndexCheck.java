package org.zhengtong.search.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * At the platform's start, rebuilds a search index that is empty, old or half rebuilt.
 * Not in a command-line tool: it would open the index a running platform holds, or
 * rebuild from a database still being restored.
 */
@Component
@RunningPlatformOnly
class SearchIndexCheck implements ApplicationRunner {

	private final SearchService search;

	SearchIndexCheck(SearchService search) {
		this.search = search;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		search.checkIndexAtStart();
	}

}
