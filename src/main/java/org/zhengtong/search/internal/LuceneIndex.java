package org.zhengtong.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index under {@code zhengtong.search.directory} (./data/search): CJK
 * bigrams for Chinese, one writer per instance, readers refreshed after every change. It
 * holds nothing that is not in the database.
 */
@Component
class LuceneIndex implements DisposableBean {

	static final Analyzer ANALYZER = new CJKAnalyzer();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	LuceneIndex(@Value("${zhengtong.search.directory:./data/search}") Path directory) throws IOException {
		Files.createDirectories(directory);
		this.writer = new IndexWriter(FSDirectory.open(directory),
				new IndexWriterConfig(ANALYZER).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		this.searchers = new SearcherManager(writer, new SearcherFactory());
	}

	/** Adds or replaces the document with this id, and makes it searchable. */
	void put(String id, Document document) {
		try {
			writer.updateDocument(new Term(SearchFields.ID, id), document);
			writer.commit();
			searchers.maybeRefresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void remove(String id) {
		try {
			writer.deleteDocuments(new Term(SearchFields.ID, id));
			writer.commit();
			searchers.maybeRefresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** For a rebuild: many changes, one commit at the end ({@link #commit}). */
	void putWithoutCommit(String id, Document document) throws IOException {
		writer.updateDocument(new Term(SearchFields.ID, id), document);
	}

	void deleteAll() throws IOException {
		writer.deleteAll();
	}

	void commit() throws IOException {
		writer.commit();
		searchers.maybeRefresh();
	}

	interface Reading<T> {

		T read(IndexSearcher searcher) throws IOException;

	}

	<T> T read(Reading<T> reading) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return reading.read(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long size() {
		return read((searcher) -> (long) searcher.getIndexReader().numDocs());
	}

	/** The tokens the index makes of a text (bigrams for Chinese, words otherwise). */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream(SearchFields.BODY, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	@Override
	public void destroy() throws IOException {
		searchers.close();
		writer.close();
	}

}
