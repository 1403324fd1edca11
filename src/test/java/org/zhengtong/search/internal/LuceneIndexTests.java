package org.zhengtong.search.internal;

import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index written by an older version, or left halfway through a rebuild, is not taken
 * as current (so the platform rebuilds it at start); a new or finished one is.
 */
class LuceneIndexTests {

	@TempDir
	Path directory;

	@Test
	void a_new_index_is_current() throws Exception {
		LuceneIndex index = new LuceneIndex(directory);
		assertThat(index.current()).isTrue();
		index.put("article:1", document("article:1"));
		index.destroy();
		LuceneIndex reopened = new LuceneIndex(directory);
		assertThat(reopened.current()).as("kept across commits").isTrue();
		assertThat(reopened.size()).isEqualTo(1);
		reopened.destroy();
	}

	@Test
	void an_older_format_is_not_current_until_rebuilt() throws Exception {
		try (IndexWriter old = new IndexWriter(FSDirectory.open(directory), new IndexWriterConfig())) {
			old.addDocument(document("article:1"));
			old.setLiveCommitData(Map.of("format", "1").entrySet());
			old.commit();
		}
		LuceneIndex index = new LuceneIndex(directory);
		assertThat(index.current()).isFalse();
		index.put("article:2", document("article:2"));
		index.destroy();
		assertThat(reopen()).as("an ordinary change does not make it current").isFalse();

		LuceneIndex rebuilding = new LuceneIndex(directory);
		rebuilding.startRebuild();
		rebuilding.putWithoutCommit("article:1", document("article:1"));
		rebuilding.commit();
		rebuilding.destroy();
		assertThat(reopen()).as("interrupted halfway").isFalse();

		LuceneIndex finishing = new LuceneIndex(directory);
		finishing.startRebuild();
		finishing.putWithoutCommit("article:1", document("article:1"));
		finishing.rebuilt();
		finishing.destroy();
		assertThat(reopen()).isTrue();
	}

	private boolean reopen() throws Exception {
		LuceneIndex index = new LuceneIndex(directory);
		try {
			return index.current();
		}
		finally {
			index.destroy();
		}
	}

	private static Document document(String id) {
		Document document = new Document();
		document.add(new StringField(SearchFields.ID, id, Field.Store.YES));
		return document;
	}

}
