package org.zhengtong.search.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The embedded index answers as every engine must. */
class LuceneEngineTests extends SearchEngineContract {

	@TempDir
	Path directory;

	LuceneIndex index;

	@BeforeEach
	void open() throws Exception {
		index = new LuceneIndex(directory);
	}

	@AfterEach
	void close() throws Exception {
		index.destroy();
	}

	@Override
	SearchEngine engine() {
		return new LuceneEngine(index, CLOCK);
	}

}
