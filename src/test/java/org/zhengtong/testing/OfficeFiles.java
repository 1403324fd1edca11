package org.zhengtong.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Office files for tests, built here rather than checked in: OFD packages (GB/T 33190)
 * with text placed as a typesetting system places it, and small pictures.
 */
public final class OfficeFiles {

	private static final String NS = "http://www.ofdspec.org/2016";

	private OfficeFiles() {
	}

	/**
	 * Text placed on an OFD page.
	 *
	 * @param x left edge, millimetres from the page's left
	 * @param y baseline, millimetres from the page's top
	 * @param size type size in millimetres
	 */
	public record Placed(double x, double y, double size, String text) {
	}

	/** An A4 OFD document, one list of placed text per page. */
	@SafeVarargs
	public static byte[] ofd(List<Placed>... pages) {
		List<String> contents = new ArrayList<>();
		for (List<Placed> page : pages) {
			StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\""
					+ NS + "\"><ofd:Content><ofd:Layer ID=\"3\">");
			int id = 10;
			for (Placed text : page) {
				// Each piece in its own box, the way many typesetting systems write a
				// line.
				xml.append("<ofd:TextObject ID=\"")
					.append(id++)
					.append("\" Boundary=\"")
					.append(text.x())
					.append(' ')
					.append(text.y() - text.size())
					.append(' ')
					.append(text.size() * text.text().length())
					.append(' ')
					.append(text.size() * 1.2)
					.append("\" Font=\"2\" Size=\"")
					.append(text.size())
					.append("\"><ofd:TextCode X=\"0\" Y=\"")
					.append(text.size())
					.append("\">")
					.append(text.text().replace("&", "&amp;").replace("<", "&lt;"))
					.append("</ofd:TextCode></ofd:TextObject>");
			}
			contents.add(xml.append("</ofd:Layer></ofd:Content></ofd:Page>").toString());
		}
		return ofdOfPages(contents);
	}

	/** An OFD document whose pages' content is this XML, as given. */
	public static byte[] ofdOfPages(List<String> pageXml) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"" + NS
					+ "\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>6c5a7d0e0f1b4a8e9d3c2b1a0f9e8d7c</ofd:DocID>"
					+ "<ofd:CreationDate>2026-11-24</ofd:CreationDate></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
					+ "</ofd:DocBody></ofd:OFD>");
			StringBuilder document = new StringBuilder(
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document xmlns:ofd=\"" + NS
							+ "\"><ofd:CommonData><ofd:MaxUnitID>1000</ofd:MaxUnitID><ofd:PageArea>"
							+ "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
							+ "</ofd:CommonData><ofd:Pages>");
			for (int i = 0; i < pageXml.size(); i++) {
				document.append("<ofd:Page ID=\"")
					.append(100 + i)
					.append("\" BaseLoc=\"Pages/Page_")
					.append(i)
					.append("/Content.xml\"/>");
			}
			entry(zip, "Doc_0/Document.xml", document.append("</ofd:Pages></ofd:Document>").toString());
			entry(zip, "Doc_0/PublicRes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res xmlns:ofd=\"" + NS
					+ "\" BaseLoc=\"Res\"><ofd:Fonts><ofd:Font ID=\"2\" FontName=\"宋体\" FamilyName=\"宋体\"/></ofd:Fonts></ofd:Res>");
			for (int i = 0; i < pageXml.size(); i++) {
				entry(zip, "Doc_0/Pages/Page_" + i + "/Content.xml", pageXml.get(i));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A small PNG picture, different for each colour. */
	public static byte[] png(int rgb) {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 4; x++) {
			for (int y = 0; y < 3; y++) {
				image.setRGB(x, y, rgb);
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The start of an EMF picture (Word's vector drawings), which no web page shows.
	 */
	public static byte[] emf() {
		byte[] emf = new byte[108];
		emf[0] = 1;
		emf[4] = 108;
		System.arraycopy(" EMF".getBytes(StandardCharsets.ISO_8859_1), 0, emf, 40, 4);
		emf[44] = 0;
		emf[46] = 1;
		return emf;
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
