package org.zhengtong.permit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Lays out a written notice of a permit case like interaction's 答复书: the title, the
 * reference (办件编号 or 决定文书号), the applicant addressed, the paragraphs of the notice, and
 * the department under its name on the day, with that date. In Chinese, the language of
 * the document, with the Adobe font STSongStd-Light that PDF readers carry.
 */
@Component
class NoticePdf {

	/** What the notice says. */
	record Text(String title, String reference, String applicant, List<String> paragraphs) {
	}

	byte[] render(Text text, String unitName, LocalDate dated) {
		try {
			BaseFont song = BaseFont.createFont("STSongStd-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
			Font title = new Font(song, 20, Font.BOLD);
			Font body = new Font(song, 14);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 80, 72, 90, 80);
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setPdfVersion(PdfWriter.VERSION_1_7);
			document.addTitle(text.title() + " " + text.reference());
			document.addAuthor(unitName);
			writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
			document.open();
			document.add(centred(unitName, body, 4));
			document.add(centred(text.title(), title, 6));
			document.add(centred(text.reference(), body, 18));
			document.add(paragraph(text.applicant() + "：", body));
			for (String each : text.paragraphs()) {
				for (String line : each.strip().split("\\R+")) {
					Paragraph paragraph = paragraph(line.strip(), body);
					paragraph.setFirstLineIndent(body.getSize() * 2);
					document.add(paragraph);
				}
			}
			Paragraph signature = new Paragraph(unitName, body);
			signature.setAlignment(Element.ALIGN_RIGHT);
			signature.setSpacingBefore(36);
			document.add(signature);
			Paragraph date = new Paragraph(day(dated), body);
			date.setAlignment(Element.ALIGN_RIGHT);
			document.add(date);
			document.close();
			return out.toByteArray();
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("Cannot lay out " + text.title() + " " + text.reference(), ex);
		}
	}

	/** 2026年4月23日, as official documents write dates. */
	static String day(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	private static Paragraph centred(String text, Font font, float after) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

	private static Paragraph paragraph(String text, Font font) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setLeading(font.getSize() * 1.6f);
		paragraph.setSpacingAfter(4);
		return paragraph;
	}

}
