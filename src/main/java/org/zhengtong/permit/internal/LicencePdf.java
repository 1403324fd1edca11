package org.zhengtong.permit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.LicenceType;

/**
 * Lays out a licence: its type as the title, the number, the holder with their 统一社会信用代码
 * (a citizen's 身份证号 masked), the template's fields, the validity, the issuing department
 * under its name on the issuing day with that date, and a QR code to the public
 * verification page. In Chinese with STSongStd-Light, which PDF readers carry (nothing
 * embedded), as the 答复书 is.
 */
@Component
class LicencePdf {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	LicencePdf(MessageSource messages) {
		this.messages = messages;
	}

	/** What a licence shows. */
	record Content(LicenceType type, String number, String holderName, ApplicantKind holderKind, String holderId,
			Map<String, String> fields, LocalDate validFrom, @Nullable LocalDate validTo, String departmentName,
			LocalDate issuedOn, String verifyUrl) {
	}

	byte[] render(Content content) {
		try {
			BaseFont song = BaseFont.createFont("STSongStd-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
			Font title = new Font(song, 26, Font.BOLD);
			Font body = new Font(song, 13);
			Font label = new Font(song, 13, Font.BOLD);
			Font small = new Font(song, 9);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 64, 64, 72, 64);
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setPdfVersion(PdfWriter.VERSION_1_7);
			String typeName = text(content.type().messageKey());
			document.addTitle(typeName + " " + content.number());
			document.addAuthor(content.departmentName());
			writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
			document.open();
			Paragraph heading = new Paragraph(typeName, title);
			heading.setAlignment(Element.ALIGN_CENTER);
			heading.setSpacingAfter(8);
			document.add(heading);
			Paragraph number = new Paragraph(text("permit.licence.pdf.number") + "：" + content.number(), body);
			number.setAlignment(Element.ALIGN_CENTER);
			number.setSpacingAfter(24);
			document.add(number);

			PdfPTable table = new PdfPTable(new float[] { 1.2f, 3f });
			table.setWidthPercentage(100);
			row(table, text("permit.licence.pdf.holder"), content.holderName(), label, body);
			row(table, text(content.holderKind() == ApplicantKind.ENTERPRISE ? "permit.licence.pdf.creditCode"
					: "permit.licence.pdf.idNumber"), content.holderId(), label, body);
			for (String field : content.type().fields()) {
				if (!content.type().requires(field) && !content.fields().containsKey(field)) {
					continue;
				}
				row(table, text("permit.licence.field." + field), content.fields().getOrDefault(field, ""), label,
						body);
			}
			String validity = content.validTo() == null
					? day(content.validFrom()) + text("permit.licence.pdf.unlimited")
					: day(content.validFrom()) + " " + text("permit.licence.pdf.to") + " " + day(content.validTo());
			row(table, text("permit.licence.pdf.validity"), validity, label, body);
			document.add(table);

			Paragraph department = new Paragraph(text("permit.licence.pdf.issuer") + "：" + content.departmentName(),
					body);
			department.setAlignment(Element.ALIGN_RIGHT);
			department.setSpacingBefore(48);
			document.add(department);
			Paragraph date = new Paragraph(day(content.issuedOn()), body);
			date.setAlignment(Element.ALIGN_RIGHT);
			document.add(date);

			Image qr = qr(writer, content.verifyUrl(), 96);
			qr.setAbsolutePosition(64, 90);
			document.add(qr);
			com.lowagie.text.pdf.ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
					new Phrase(text("permit.licence.pdf.scan"), small), 64, 78, 0);
			document.close();
			return out.toByteArray();
		}
		catch (DocumentException | IOException | WriterException ex) {
			throw new IllegalStateException("Cannot lay out licence " + content.number(), ex);
		}
	}

	/** The QR code as vector squares (sharp at any zoom, a few hundred bytes). */
	static Image qr(PdfWriter writer, String text, float size) throws WriterException, DocumentException {
		BitMatrix matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
				Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
						EncodeHintType.CHARACTER_SET, "UTF-8"));
		float module = size / matrix.getWidth();
		PdfTemplate template = writer.getDirectContent().createTemplate(size, size);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					template.rectangle(x * module, size - (y + 1) * module, module, module);
				}
			}
		}
		template.fill();
		return Image.getInstance(template);
	}

	private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
		PdfPCell name = new PdfPCell(new Phrase(label, labelFont));
		name.setPadding(8);
		PdfPCell content = new PdfPCell(new Phrase(value, valueFont));
		content.setPadding(8);
		table.addCell(name);
		table.addCell(content);
	}

	private String text(String key) {
		return messages.getMessage(key, null, CHINESE);
	}

	/** 2026年10月22日, as official documents write dates. */
	static String day(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

}
