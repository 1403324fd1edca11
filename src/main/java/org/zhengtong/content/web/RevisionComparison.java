package org.zhengtong.content.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.content.RelatedLink;
import org.zhengtong.content.RevisionView;

/**
 * Two revisions of an article side by side, as a reviewer reads them: the fields, then
 * the text paragraph by paragraph, each change marked character by character (Chinese has
 * no spaces between words) with {@code <del>} and {@code <ins>}. Everything else is
 * HTML-escaped.
 */
final class RevisionComparison {

	/**
	 * One line of the comparison.
	 *
	 * @param labelKey the field's message key, or {@code null} for a paragraph of the
	 * text
	 * @param before escaped HTML, changes in {@code <del>}
	 * @param after escaped HTML, changes in {@code <ins>}
	 */
	record Row(@Nullable String labelKey, String before, String after, boolean changed) {
	}

	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(true)
		.inlineDiffBySplitter(DiffRowGenerator.SPLITTER_BY_CHARACTER)
		.mergeOriginalRevised(false)
		.oldTag((start) -> start ? "<del>" : "</del>")
		.newTag((start) -> start ? "<ins>" : "</ins>")
		.build();

	private RevisionComparison() {
	}

	/** The related links of each revision, one "title address" a line. */
	static Row related(List<RelatedLink> before, List<RelatedLink> after) {
		return field("content.field.related", lines(before), lines(after));
	}

	private static String lines(List<RelatedLink> links) {
		return links.stream().map((link) -> link.title() + " " + link.url()).collect(Collectors.joining("；"));
	}

	static List<Row> fields(RevisionView before, RevisionView after) {
		return List.of(field("content.title", before.title(), after.title()),
				field("content.field.subtitle", before.subtitle(), after.subtitle()),
				field("content.field.source", before.source(), after.source()),
				field("content.field.author", before.author(), after.author()),
				field("content.field.tags", String.join("、", before.tags()), String.join("、", after.tags())));
	}

	static List<Row> text(RevisionView before, RevisionView after) {
		return text(before, after, new Pictures(Map.of(), "图片"));
	}

	/**
	 * The text of two revisions, paragraph by paragraph, each image named by the file it
	 * shows: a picture carried into the next revision (under a link of its own) is the
	 * same picture, another picture under the same name is not.
	 */
	static List<Row> text(RevisionView before, RevisionView after, Pictures pictures) {
		return GENERATOR.generateDiffRows(paragraphs(before.body(), pictures), paragraphs(after.body(), pictures))
			.stream()
			.map((row) -> new Row(null, row.getOldLine(), row.getNewLine(), row.getTag() != DiffRow.Tag.EQUAL))
			.toList();
	}

	private static Row field(String labelKey, @Nullable String before, @Nullable String after) {
		String old = before == null ? "" : before;
		String now = after == null ? "" : after;
		DiffRow row = GENERATOR.generateDiffRows(List.of(old), List.of(now)).get(0);
		return new Row(labelKey, row.getOldLine(), row.getNewLine(), !Objects.equals(old, now));
	}

	/**
	 * The text of sanitized HTML as paragraphs: block ends and line breaks separate them,
	 * an image stands as [图片 name].
	 */
	static List<String> paragraphs(String html) {
		return paragraphs(html, new Pictures(Map.of(), "图片"));
	}

	private static final Pattern IMAGE = Pattern.compile("(?i)<img[^>]*?src=\"([^\"]*)\"[^>]*>");

	static List<String> paragraphs(String html, Pictures pictures) {
		Matcher image = IMAGE.matcher(html);
		StringBuilder named = new StringBuilder();
		while (image.find()) {
			image.appendReplacement(named, Matcher
				.quoteReplacement(HtmlUtils.htmlEscape(pictures.label(image.group(1), altOf(image.group())))));
		}
		image.appendTail(named);
		String marked = named.toString()
			.replaceAll("(?i)</(p|h[1-6]|li|div|tr|blockquote|table)>|<br\\s*/?>", "\n")
			.replaceAll("<[^>]*>", "");
		return Arrays.stream(HtmlUtils.htmlUnescape(marked).split("\n"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
	}

	/**
	 * A picture of a revision: the content it shows and the name it was uploaded under.
	 */
	record Picture(String identity, String name) {
	}

	/**
	 * Names the images of the compared revisions, {@code [图片 name]}: one name for one
	 * file's content whatever its address, a number added when another content has the
	 * same name.
	 */
	private static final Pattern ALT = Pattern.compile("(?i)\\salt=\"([^\"]*)\"");

	private static String altOf(String image) {
		Matcher alt = ALT.matcher(image);
		return alt.find() ? HtmlUtils.htmlUnescape(alt.group(1)).strip() : "";
	}

	static final class Pictures {

		private final Map<String, Picture> bySource;

		private final String word;

		private final Map<String, String> labels = new HashMap<>();

		private final Set<String> used = new HashSet<>();

		/**
		 * @param bySource the revisions' pictures by the address the text uses
		 * @param word what an image is called in the reader's language
		 */
		Pictures(Map<String, Picture> bySource, String word) {
			this.bySource = bySource;
			this.word = word;
		}

		/**
		 * How a picture reads in the comparison: its file's name when the revisions know
		 * the file, else its alt text, else the last part of its address unless that is
		 * only an id (then just the word): never a link id on screen.
		 */
		String label(String source, String alt) {
			String src = HtmlUtils.htmlUnescape(source);
			Picture picture = bySource.get(src);
			String identity = picture != null ? picture.identity() : src;
			return labels.computeIfAbsent(identity, (key) -> {
				String last = src.substring(src.lastIndexOf('/') + 1);
				String name = picture != null ? picture.name()
						: !alt.isEmpty() ? alt : last.matches("[0-9a-fA-F-]{8,}") ? "" : last;
				String label = name.isEmpty() ? "[" + word + "]" : "[" + word + " " + name + "]";
				for (int n = 2; !used.add(label); n++) {
					label = "[" + word + (name.isEmpty() ? "" : " " + name) + "（" + n + "）]";
				}
				return label;
			});
		}

	}

}
