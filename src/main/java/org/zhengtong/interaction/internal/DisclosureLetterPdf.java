package org.zhengtong.interaction.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays out a 政府信息公开申请答复书 (政府信息公开条例 arts. 36–38; the remedy of art. 51): the applicant,
 * the request's number and the day it was received, what was asked, the kind of answer
 * with its legal basis and ground, what is disclosed or where, the applicant's remedy
 * (行政复议 within 60 days, 行政诉讼 within 6 months), and the answering unit under its name on
 * the day of the answer, with that date. In Chinese, the language of the document, with
 * the Adobe font STSongStd-Light that PDF readers carry (nothing embedded).
 */
@Component
class DisclosureLetterPdf {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	DisclosureLetterPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(DisclosureRequest request, String unitName, LocalDate dated) {
		DisclosureReply type = request.replyType();
		if (type == null) {
			throw new IllegalStateException(request.number() + " has no answer yet");
		}
		try {
			BaseFont song = BaseFont.createFont("STSongStd-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
			Font title = new Font(song, 20, Font.BOLD);
			Font body = new Font(song, 14);
			Font heading = new Font(song, 14, Font.BOLD);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 80, 72, 90, 80);
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setPdfVersion(PdfWriter.VERSION_1_7);
			document.addTitle(text("interaction.disclosure.letter.title") + " " + request.number());
			document.addAuthor(unitName);
			writer.getExtraCatalog()
				.put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("zh-CN"));
			document.open();
			document.add(centred(text("interaction.disclosure.letter.title"), title, 6));
			document.add(centred(request.number(), body, 18));
			document.add(paragraph(request.applicantName() + "：", body));
			document.add(indented(text("interaction.disclosure.letter.received", day(request.receivedOn()),
					request.number(), request.description().strip()), body));
			document.add(indented(text("interaction.disclosure.letter.decided"), body));
			document.add(paragraph(text("interaction.disclosure.letter.type") + "："
					+ text("interaction.disclosure.reply." + type.name()), heading));
			String basis = text("interaction.disclosure.letter.basis." + type.name());
			DisclosureGround ground = request.replyGround();
			if (ground != null) {
				basis = basis + "；" + text("interaction.disclosure.ground." + ground.name());
			}
			document.add(paragraph(text("interaction.disclosure.letter.basis") + "：" + basis, body));
			String reply = request.replyText();
			if (reply != null && !reply.isBlank()) {
				document.add(paragraph(text("interaction.disclosure.letter.content") + "：", heading));
				for (String line : reply.strip().split("\\R+")) {
					document.add(indented(line.strip(), body));
				}
			}
			document.add(indented(text("interaction.disclosure.letter.remedy"), body));
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
			throw new IllegalStateException("Cannot lay out the answer of " + request.number(), ex);
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

	/** 2026年10月22日, as official documents write dates. */
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

	private static Paragraph indented(String text, Font font) {
		Paragraph paragraph = paragraph(text, font);
		paragraph.setFirstLineIndent(font.getSize() * 2);
		return paragraph;
	}

}
