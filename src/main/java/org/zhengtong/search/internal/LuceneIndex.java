package org.zhengtong.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index under {@code zhengtong.search.directory} (./data/search): CJK
 * bigrams for Chinese (and its single characters in fields of their own), one writer per
 * instance, readers refreshed after every change. It holds nothing that is not in the
 * database. Opened when first used (lazily), so a command-line tool run beside the
 * platform never takes the writer's lock.
 */
@Component
@Lazy
@ConditionalOnProperty(name = "zhengtong.search.engine", havingValue = "lucene", matchIfMissing = true)
class LuceneIndex implements DisposableBean {

	static final Analyzer ANALYZER = new CJKAnalyzer();

	/**
	 * Every Chinese character on its own (and words otherwise), for the fields that let a
	 * single character be found: in bigrams a character is only a token where it stands
	 * alone.
	 */
	static final Analyzer CHARACTERS = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String field) {
			StandardTokenizer tokenizer = new StandardTokenizer();
			return new TokenStreamComponents(tokenizer, new LowerCaseFilter(new CJKWidthFilter(tokenizer)));
		}

	};

	/** Bigrams, except in the fields of single characters. */
	static final Analyzer INDEXING = new PerFieldAnalyzerWrapper(ANALYZER,
			Map.of(SearchFields.CHARS, CHARACTERS, SearchFields.TITLE_CHARS, CHARACTERS));

	/**
	 * How documents are indexed (2: title and text in one field {@code text}, with a
	 * type; 3: single characters in {@code chars} and {@code titleChars} as well). An
	 * index written another way, or whose rebuild was interrupted, is rebuilt at start.
	 */
	static final String FORMAT = "3";

	private static final String FORMAT_KEY = "format";

	private static final String REBUILDING_KEY = "rebuilding";

	private final boolean current;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	LuceneIndex(@Value("${zhengtong.search.directory:./data/search}") Path directory) throws IOException {
		Files.createDirectories(directory);
		FSDirectory files = FSDirectory.open(directory);
		Map<String, String> written = DirectoryReader.indexExists(files)
				? SegmentInfos.readLatestCommit(files).getUserData() : Map.of(FORMAT_KEY, FORMAT);
		this.current = FORMAT.equals(written.get(FORMAT_KEY)) && !written.containsKey(REBUILDING_KEY);
		this.writer = new IndexWriter(files,
				new IndexWriterConfig(INDEXING).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		this.writer.setLiveCommitData(written.entrySet());
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

	/**
	 * Whether the index was written in today's {@link #FORMAT} and not left halfway
	 * through a rebuild, when the instance started.
	 */
	boolean current() {
		return current;
	}

	/**
	 * Empties the index for a rebuild; until {@link #rebuilt}, a restart rebuilds again.
	 */
	void startRebuild() throws IOException {
		writer.deleteAll();
		writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, REBUILDING_KEY, "true").entrySet());
	}

	void rebuilt() throws IOException {
		writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
		commit();
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
		try (TokenStream stream = ANALYZER.tokenStream(SearchFields.TEXT, text)) {
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

	/** Whether a token is one Chinese (or Japanese, Korean) character. */
	static boolean character(String token) {
		return token.codePointCount(0, token.length()) == 1 && Character.isIdeographic(token.codePointAt(0));
	}

	@Override
	public void destroy() throws IOException {
		searchers.close();
		writer.close();
	}

}
