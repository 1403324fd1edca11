package org.zhengtong.permit.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengtong.permit.ApplicantKind;

/**
 * The licence as OFD (GB/T 33190-2016), the fixed-layout format Chinese offices archive:
 * one A4 page with the same lines as the PDF in 宋体 (not embedded: OFD readers carry it),
 * and the QR code's link as text. Written as the few XML files the standard needs rather
 * than through a layout engine, which would want a font file to measure with. The seal is
 * added afterwards by {@link org.zhengtong.pki.UnitSeals#sealOfd}.
 */
@Component
class LicenceOfd {

	private static final String NS = "http://www.ofdspec.org/2016";

	private final MessageSource messages;

	LicenceOfd(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(LicencePdf.Content content) {
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { "title", text(content.type().messageKey()) });
		lines.add(new String[] { "centre", text("permit.licence.pdf.number") + "：" + content.number() });
		lines.add(new String[] { "body", text("permit.licence.pdf.holder") + "：" + content.holderName() });
		lines.add(new String[] { "body", text(content.holderKind() == ApplicantKind.ENTERPRISE
				? "permit.licence.pdf.creditCode" : "permit.licence.pdf.idNumber") + "：" + content.holderId() });
		for (String field : content.type().fields()) {
			if (!content.type().requires(field) && !content.fields().containsKey(field)) {
				continue;
			}
			lines.add(new String[] { "body",
					text("permit.licence.field." + field) + "：" + content.fields().getOrDefault(field, "") });
		}
		lines.add(new String[] { "body",
				text("permit.licence.pdf.validity") + "："
						+ (content.validTo() == null
								? LicencePdf.day(content.validFrom()) + text("permit.licence.pdf.unlimited")
								: LicencePdf.day(content.validFrom()) + " " + text("permit.licence.pdf.to") + " "
										+ LicencePdf.day(content.validTo())) });
		lines.add(new String[] { "body", text("permit.licence.pdf.issuer") + "：" + content.departmentName() });
		lines.add(new String[] { "body", LicencePdf.day(content.issuedOn()) });
		lines.add(new String[] { "small", text("permit.licence.pdf.scan") + "：" + content.verifyUrl() });

		StringBuilder objects = new StringBuilder();
		int id = 10;
		double y = 30;
		for (String[] line : lines) {
			double size = switch (line[0]) {
				case "title" -> 9;
				case "small" -> 3;
				default -> 4.5;
			};
			double x = line[0].equals("title") || line[0].equals("centre")
					? Math.max(20, (210 - size * line[1].length()) / 2) : 25;
			objects.append("<ofd:TextObject ID=\"")
				.append(id++)
				.append("\" Boundary=\"0 0 210 297\" Font=\"3\" Size=\"")
				.append(size)
				.append("\"><ofd:TextCode X=\"")
				.append(x)
				.append("\" Y=\"")
				.append(y)
				.append("\">")
				.append(escape(line[1]))
				.append("</ofd:TextCode></ofd:TextObject>");
			y += line[0].equals("title") ? 20 : 12;
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("OFD.xml", xml("<ofd:OFD xmlns:ofd=\"" + NS + "\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody>"
				+ "<ofd:DocInfo><ofd:DocID>" + content.number() + "</ofd:DocID><ofd:Title>"
				+ escape(text(content.type().messageKey()) + " " + content.number()) + "</ofd:Title><ofd:Author>"
				+ escape(content.departmentName()) + "</ofd:Author><ofd:CreationDate>" + content.issuedOn()
				+ "</ofd:CreationDate></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"));
		files.put("Doc_0/Document.xml",
				xml("<ofd:Document xmlns:ofd=\"" + NS + "\"><ofd:CommonData>" + "<ofd:MaxUnitID>" + (id + 1)
						+ "</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
						+ "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
						+ "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>"));
		files.put("Doc_0/PublicRes.xml", xml("<ofd:Res xmlns:ofd=\"" + NS + "\" BaseLoc=\"Res\"><ofd:Fonts>"
				+ "<ofd:Font ID=\"3\" FontName=\"宋体\" FamilyName=\"宋体\"/></ofd:Fonts></ofd:Res>"));
		files.put("Doc_0/Pages/Page_0/Content.xml", xml("<ofd:Page xmlns:ofd=\"" + NS + "\"><ofd:Content>"
				+ "<ofd:Layer ID=\"2\">" + objects + "</ofd:Layer></ofd:Content></ofd:Page>"));
		return zip(files);
	}

	/**
	 * The seal's picture: a red ring with a five-pointed star, as 公章 look (the unit's
	 * name is in the seal's data and certificate; drawing it would need a Chinese font
	 * file).
	 */
	static byte[] sealPicture() {
		int size = 240;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(0xD0, 0x10, 0x10));
			g.setStroke(new BasicStroke(12));
			g.drawOval(8, 8, size - 16, size - 16);
			Polygon star = new Polygon();
			for (int i = 0; i < 10; i++) {
				double radius = i % 2 == 0 ? 56 : 22;
				double angle = Math.PI / 2 + i * Math.PI / 5;
				star.addPoint((int) Math.round(size / 2.0 + radius * Math.cos(angle)),
						(int) Math.round(size / 2.0 - radius * Math.sin(angle)));
			}
			g.fillPolygon(star);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

	private static byte[] xml(String body) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body).getBytes(StandardCharsets.UTF_8);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				out.putNextEntry(new ZipEntry(file.getKey()));
				out.write(file.getValue());
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
