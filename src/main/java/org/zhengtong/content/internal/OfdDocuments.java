package org.zhengtong.content.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads the text of an OFD file (GB/T 33190, the format of 电子公文) as an article. OFD
 * places each piece of text on the page; paragraphs are found again the way a reader sees
 * them: text on one baseline is a line; a line indented past the left edge (公文 indent
 * their paragraphs by two characters) or after a wider gap starts a paragraph. The title
 * is the text in the largest type at the top of the first page, when larger than the
 * body's; else the file name. Pictures and seals are not text and are left out.
 */
final class OfdDocuments {

	private OfdDocuments() {
	}

	/** Text on one baseline of one page. */
	private record Line(int page, double y, double left, double size, String text) {
	}

	/** A piece of text as placed: where it starts, its type size. */
	private record Piece(double x, double size, String text) {
	}

	static ImportedDocument read(Path file, String fileName) throws IOException {
		ImportedDocument.checkPackage(file);
		List<Line> lines = new ArrayList<>();
		try (OFDReader reader = new OFDReader(file)) {
			ContentExtractor extractor = new ContentExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				lines.addAll(lines(page, extractor.getPageTextObject(page)));
			}
		}
		catch (RuntimeException ex) {
			// How ofdrw reports a broken package or XML, and a DOCTYPE, which it refuses.
			throw new IOException("Not a readable OFD file: " + ex.getMessage(), ex);
		}
		return document(lines, fileName);
	}

	private static List<Line> lines(int page, List<TextObject> objects) {
		// Baselines within a fifth of the type size of each other are one line.
		TreeMap<Double, List<Piece>> byBaseline = new TreeMap<>();
		for (TextObject object : objects) {
			ST_Box box = object.getBoundary();
			double size = object.getSize() == null ? 0 : object.getSize();
			double x = 0;
			double y = 0;
			for (TextCode code : object.getTextCodes()) {
				x = code.getX() != null ? code.getX() : x;
				y = code.getY() != null ? code.getY() : y;
				String text = code.getContent();
				if (text == null || text.isBlank()) {
					continue;
				}
				double baseline = (box == null ? 0 : box.getTopLeftY()) + y;
				double left = (box == null ? 0 : box.getTopLeftX()) + x;
				Double near = nearest(byBaseline, baseline, Math.max(1, size / 5));
				byBaseline.computeIfAbsent(near != null ? near : baseline, (key) -> new ArrayList<>())
					.add(new Piece(left, size, text));
			}
		}
		List<Line> lines = new ArrayList<>();
		byBaseline.forEach((baseline, pieces) -> {
			pieces.sort(Comparator.comparingDouble(Piece::x));
			StringBuilder text = new StringBuilder();
			pieces.forEach((piece) -> text.append(piece.text()));
			double size = pieces.stream().mapToDouble(Piece::size).max().orElse(0);
			lines.add(new Line(page, baseline, pieces.get(0).x(), size, text.toString().strip()));
		});
		return lines;
	}

	private static @Nullable Double nearest(TreeMap<Double, List<Piece>> lines, double baseline, double within) {
		Double below = lines.floorKey(baseline);
		Double above = lines.ceilingKey(baseline);
		if (below != null && baseline - below <= within) {
			return below;
		}
		return above != null && above - baseline <= within ? above : null;
	}

	private static ImportedDocument document(List<Line> lines, String fileName) {
		if (lines.isEmpty()) {
			return new ImportedDocument(ImportedDocument.titleFromName(fileName), List.of(), 0);
		}
		double body = mostCommonSize(lines);
		int start = 0;
		StringBuilder title = new StringBuilder();
		// The title: the first lines of the first page, in type larger than the body's.
		while (start < lines.size() && lines.get(start).page() == 1 && lines.get(start).size() > body * 1.1) {
			title.append(lines.get(start).text());
			start++;
		}
		if (title.length() > WordDocuments.LONGEST_TITLE) {
			// Large type, but too much of it for a title: a notice set large is all body.
			title.setLength(0);
			start = 0;
		}
		double left = lines.stream().skip(start).mapToDouble(Line::left).min().orElse(0);
		double gap = usualGap(lines.subList(start, lines.size()));
		List<ImportedDocument.Part> parts = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		@Nullable Line previous = null;
		for (Line line : lines.subList(start, lines.size())) {
			boolean indented = line.left() > left + line.size() * 0.8;
			boolean apart = previous != null && previous.page() == line.page() && line.y() - previous.y() > gap * 1.5;
			if (!paragraph.isEmpty() && (indented || apart)) {
				parts.add(paragraph(paragraph));
				paragraph.setLength(0);
			}
			paragraph.append(line.text());
			previous = line;
		}
		if (!paragraph.isEmpty()) {
			parts.add(paragraph(paragraph));
		}
		String named = title.isEmpty() ? ImportedDocument.titleFromName(fileName) : title.toString();
		return new ImportedDocument(named, parts, 0);
	}

	private static ImportedDocument.Html paragraph(CharSequence text) {
		return new ImportedDocument.Html("<p>" + HtmlUtils.htmlEscape(text.toString(), "UTF-8") + "</p>");
	}

	private static double mostCommonSize(List<Line> lines) {
		TreeMap<Double, Integer> counts = new TreeMap<>();
		lines.forEach((line) -> counts.merge(line.size(), line.text().length(), Integer::sum));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	/** The distance between baselines most lines of a page keep. */
	private static double usualGap(List<Line> lines) {
		List<Double> gaps = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).page() == lines.get(i - 1).page()) {
				gaps.add(lines.get(i).y() - lines.get(i - 1).y());
			}
		}
		if (gaps.isEmpty()) {
			return Double.MAX_VALUE;
		}
		gaps.sort(null);
		return gaps.get(gaps.size() / 2);
	}

}
