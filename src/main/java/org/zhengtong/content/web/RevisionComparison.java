package org.zhengtong.content.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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

	private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile("(?i)<img\\b[^>]*>");

	private static final java.util.regex.Pattern ALT = java.util.regex.Pattern.compile("(?i)\\salt=\"([^\"]*)\"");

	private static final java.util.regex.Pattern SRC_NAME = java.util.regex.Pattern
		.compile("(?i)\\ssrc=\"[^\"]*?([^/\"]+)\"");

	static List<Row> text(RevisionView before, RevisionView after) {
		return GENERATOR.generateDiffRows(paragraphs(before.body()), paragraphs(after.body()))
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
	 * an image stands as [图片 its name] (its alt text, the file's name), never the id in
	 * its address.
	 */
	static List<String> paragraphs(String html) {
		String marked = IMAGE.matcher(html).replaceAll((image) -> {
			java.util.regex.Matcher alt = ALT.matcher(image.group());
			String name = alt.find() ? alt.group(1).strip() : "";
			if (name.isEmpty()) {
				java.util.regex.Matcher src = SRC_NAME.matcher(image.group());
				// The last part of its address, unless that is only an id.
				name = src.find() && !src.group(1).matches("[0-9a-fA-F-]{8,}") ? src.group(1) : "";
			}
			return java.util.regex.Matcher.quoteReplacement(name.isEmpty() ? "[图片]" : "[图片 " + name + "]");
		}).replaceAll("(?i)</(p|h[1-6]|li|div|tr|blockquote|table)>|<br\\s*/?>", "\n").replaceAll("<[^>]*>", "");
		return Arrays.stream(HtmlUtils.htmlUnescape(marked).split("\n"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
	}

}
