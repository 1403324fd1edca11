package org.zhengtong.content.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.files.StoredFile;

/**
 * Reads a Word document (.docx) as an article. The title is the paragraph styled 标题
 * (Title), else a first paragraph that is a heading or centred as a 公文 title is, else the
 * file name. Headings become {@code h2}–{@code h4}, numbered and bulleted paragraphs
 * lists, tables tables; bold, italic and links are kept, fonts, colours and sizes are not
 * (the site's style applies).
 */
final class WordDocuments {

	/** A paragraph longer than this is text, not a title, even when centred. */
	static final int LONGEST_TITLE = 120;

	private static final Pattern HEADING = Pattern.compile("(?:heading|标题)\\s*(\\d)");

	private static final Pattern TITLE = Pattern.compile("title|标题");

	private WordDocuments() {
	}

	static ImportedDocument read(Path file, String fileName, ImportedDocument.Pictures pictures) throws IOException {
		ImportedDocument.checkPackage(file);
		try (OPCPackage pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XWPFDocument document = new XWPFDocument(pack)) {
			return new Reader(document, pictures).read(fileName);
		}
		catch (InvalidFormatException | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException ex) {
			throw new IOException("Not a Word document: " + ex.getMessage(), ex);
		}
	}

	private static final class Reader {

		private final XWPFDocument document;

		private final ImportedDocument.Pictures pictures;

		private final List<ImportedDocument.Part> parts = new ArrayList<>();

		private final StringBuilder list = new StringBuilder();

		private @Nullable BigInteger listId;

		private String listEnd = "";

		private int omitted;

		Reader(XWPFDocument document, ImportedDocument.Pictures pictures) {
			this.document = document;
			this.pictures = pictures;
		}

		ImportedDocument read(String fileName) throws IOException {
			@Nullable String title = null;
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					String text = paragraph.getText().strip();
					int level = headingLevel(paragraph);
					boolean empty = text.isEmpty()
							&& paragraph.getRuns().stream().allMatch((r) -> r.getEmbeddedPictures().isEmpty());
					if (empty) {
						continue;
					}
					boolean first = parts.isEmpty() && list.isEmpty();
					if (title == null && !text.isEmpty() && text.length() <= LONGEST_TITLE && (level == 0
							|| (first && (level > 0 || paragraph.getAlignment() == ParagraphAlignment.CENTER)))) {
						title = text;
						continue;
					}
					paragraph(paragraph, level);
				}
				else if (element instanceof XWPFTable table) {
					endList();
					table(table);
				}
			}
			endList();
			return new ImportedDocument(title != null ? title : ImportedDocument.titleFromName(fileName), parts,
					omitted);
		}

		/**
		 * 0 for the document's title style, 1–9 for headings, -1 for a body paragraph.
		 */
		private int headingLevel(XWPFParagraph paragraph) {
			String id = paragraph.getStyleID();
			if (id == null || document.getStyles() == null) {
				return -1;
			}
			XWPFStyle style = document.getStyles().getStyle(id);
			String name = (style != null && style.getName() != null ? style.getName() : id).toLowerCase(Locale.ROOT);
			Matcher heading = HEADING.matcher(name);
			if (heading.find()) {
				return Math.max(1, Integer.parseInt(heading.group(1)));
			}
			return TITLE.matcher(name).matches() ? 0 : -1;
		}

		private void paragraph(XWPFParagraph paragraph, int level) throws IOException {
			BigInteger numbering = paragraph.getNumID();
			if (numbering == null || level >= 0) {
				endList();
			}
			StringBuilder text = new StringBuilder();
			for (XWPFRun run : paragraph.getRuns()) {
				run(run, text);
			}
			if (text.isEmpty()) {
				return;
			}
			if (level >= 0) {
				String tag = "h" + Math.min(4, Math.max(2, level + 1));
				html("<" + tag + ">" + text + "</" + tag + ">");
			}
			else if (numbering != null) {
				if (!numbering.equals(listId)) {
					endList();
					listId = numbering;
					boolean bullets = "bullet".equals(paragraph.getNumFmt());
					list.append(bullets ? "<ul>" : "<ol>");
					listEnd = bullets ? "</ul>" : "</ol>";
				}
				list.append("<li>").append(text).append("</li>");
			}
			else {
				html("<p>" + text + "</p>");
			}
		}

		/**
		 * Appends a run's text as HTML; its pictures, which Word writes after the text,
		 * become parts of their own.
		 */
		private void run(XWPFRun run, StringBuilder text) throws IOException {
			String plain = run.text();
			if (plain != null && !plain.isEmpty()) {
				String html = HtmlUtils.htmlEscape(plain, "UTF-8").replace("\n", "<br>").replace("\t", " ");
				if (run.isBold()) {
					html = "<strong>" + html + "</strong>";
				}
				if (run.isItalic()) {
					html = "<em>" + html + "</em>";
				}
				if (run instanceof XWPFHyperlinkRun linked) {
					XWPFHyperlink target = linked.getHyperlink(document);
					if (target != null && target.getURL() != null) {
						html = "<a href=\"" + HtmlUtils.htmlEscape(target.getURL(), "UTF-8") + "\">" + html + "</a>";
					}
				}
				text.append(html);
			}
			for (XWPFPicture picture : run.getEmbeddedPictures()) {
				if (picture.getPictureData() == null) {
					continue;
				}
				// A picture is a block of its own, after the list and the text before it.
				endList();
				if (!text.isEmpty()) {
					html("<p>" + text + "</p>");
					text.setLength(0);
				}
				StoredFile kept = pictures.keep(new ByteArrayInputStream(picture.getPictureData().getData()),
						picture.getPictureData().getFileName());
				if (kept == null) {
					omitted++;
				}
				else {
					parts.add(new ImportedDocument.Picture(kept, picture.getPictureData().getFileName(),
							picture.getDescription() == null ? "" : picture.getDescription().strip()));
				}
			}
		}

		private void table(XWPFTable table) {
			StringBuilder html = new StringBuilder("<table><tbody>");
			for (XWPFTableRow row : table.getRows()) {
				html.append("<tr>");
				for (XWPFTableCell cell : row.getTableCells()) {
					html.append("<td>")
						.append(HtmlUtils.htmlEscape(cell.getText().strip(), "UTF-8").replace("\n", "<br>"))
						.append("</td>");
				}
				html.append("</tr>");
			}
			html(html.append("</tbody></table>").toString());
		}

		private void html(String html) {
			parts.add(new ImportedDocument.Html(html));
		}

		private void endList() {
			if (!list.isEmpty()) {
				html(list.append(listEnd).toString());
				list.setLength(0);
			}
			listId = null;
		}

	}

}
