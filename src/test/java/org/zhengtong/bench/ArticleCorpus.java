package org.zhengtong.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * Synthetic articles made from the five planning documents
 * (src/main/resources/demo/seeds), as stack.md describes the reference run: the texts
 * split on 。！？； and line ends, a seeded random generator, a short sentence as the title,
 * about 800 characters of body in paragraphs, publication dates over ten years. The same
 * seed gives the same corpus.
 */
final class ArticleCorpus {

	static final String[] SEEDS = { "000_0410dd3ab38616f0.txt", "001_fb5ff8b2af950fb7.txt", "002_de11d255173aa8eb.txt",
			"003_36576cb9347e0422.txt", "004_1a9d044a709995e3.txt" };

	static final Instant NEWEST = Instant.parse("2026-11-01T02:00:00Z");

	private static final long TEN_YEARS_SECONDS = ChronoUnit.DAYS.getDuration().getSeconds() * 3653;

	private final List<String> sentences;

	private final List<String> titles;

	private final Random random;

	record Article(String title, String body, Instant publishedAt, String source) {
	}

	ArticleCorpus(long seed) {
		Set<String> distinct = new LinkedHashSet<>();
		for (String seedFile : SEEDS) {
			for (String sentence : read(seedFile).split("[。！？；\\n]")) {
				String cut = sentence.strip();
				if (cut.length() >= 2) {
					distinct.add(cut);
				}
			}
		}
		this.sentences = List.copyOf(distinct);
		this.titles = sentences.stream().filter((sentence) -> sentence.length() <= 40).toList();
		this.random = new Random(seed);
	}

	int distinctSentences() {
		return sentences.size();
	}

	Article next() {
		String title = titles.get(random.nextInt(titles.size())).replaceAll("^[（(]?[一二三四五六七八九十0-9]+[）)、.．]\\s*", "");
		StringBuilder body = new StringBuilder();
		int length = 0;
		int inParagraph = 0;
		body.append("<p>");
		while (length < 800) {
			String sentence = sentences.get(random.nextInt(sentences.size()));
			if (inParagraph == 3) {
				body.append("</p><p>");
				inParagraph = 0;
			}
			body.append(escape(sentence)).append('。');
			length += sentence.length() + 1;
			inParagraph++;
		}
		body.append("</p>");
		Instant publishedAt = NEWEST.minusSeconds((long) (random.nextDouble() * TEN_YEARS_SECONDS));
		return new Article(title.isEmpty() ? "通知" : title, body.toString(), publishedAt, "据规划文件汇编（基准测试生成）");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String read(String seed) {
		try (InputStream in = new ClassPathResource("demo/seeds/" + seed).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
