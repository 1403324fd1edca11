package org.zhengtong.content.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.StoredFile;
import org.zhengtong.testing.OfficeFiles;
import org.zhengtong.testing.OfficeFiles.Placed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Reading Word and OFD files as articles: what an editor gets as title and body from the
 * documents an office has, and what cannot be read.
 */
class ImportedDocumentUnitTests {

	@TempDir
	Path folder;

	/** Pictures "kept" by type: PNG yes, anything else (EMF) no. */
	final List<String> kept = new ArrayList<>();

	final ImportedDocument.Pictures pictures = (InputStream content, String name) -> {
		byte[] bytes = content.readAllBytes();
		if (bytes[1] != 'P') {
			return null;
		}
		kept.add(name);
		return new StoredFile(Integer.toHexString(java.util.Arrays.hashCode(bytes)), bytes.length, "image/png");
	};

	@Test
	void a_word_document_keeps_its_structure_and_pictures_and_loses_its_styling() throws IOException {
		Path file = write("通知.docx", (document) -> {
			styles(document, "Title", "Title", "Heading1", "heading 1");
			XWPFParagraph title = document.createParagraph();
			title.setStyle("Title");
			title.createRun().setText("关于做好冬季供暖工作的通知");
			XWPFParagraph lead = document.createParagraph();
			lead.createRun().setText("各区县人民政府，");
			XWPFRun bold = lead.createRun();
			bold.setBold(true);
			bold.setText("现就有关事项通知如下");
			lead.createRun().setText("<script>alert(1)</script>");
			XWPFParagraph heading = document.createParagraph();
			heading.setStyle("Heading1");
			heading.createRun().setText("一、供暖时间");
			BigInteger bullets = list(document, STNumberFormat.BULLET);
			for (String item : List.of("城区 11 月 15 日起", "郊县 11 月 20 日起")) {
				XWPFParagraph li = document.createParagraph();
				li.setNumID(bullets);
				li.setNumILvl(BigInteger.ZERO);
				li.createRun().setText(item);
			}
			XWPFParagraph linked = document.createParagraph();
			linked.createRun().setText("详见");
			linked.createHyperlinkRun("https://www.gov.cn/").setText("中国政府网");
			XWPFTable table = document.createTable(2, 2);
			table.getRow(0).getCell(0).setText("区县");
			table.getRow(0).getCell(1).setText("开始日期");
			table.getRow(1).getCell(0).setText("城区");
			table.getRow(1).getCell(1).setText("11月15日");
			XWPFRun pictured = document.createParagraph().createRun();
			pictured.setText("供暖范围见下图：");
			pictured.addPicture(new ByteArrayInputStream(OfficeFiles.png(0x336699)), Document.PICTURE_TYPE_PNG,
					"map.png", Units.toEMU(40), Units.toEMU(30));
			document.createParagraph()
				.createRun()
				.addPicture(new ByteArrayInputStream(OfficeFiles.emf()), Document.PICTURE_TYPE_EMF, "chart.emf",
						Units.toEMU(40), Units.toEMU(30));
		});

		ImportedDocument read = WordDocuments.read(file, "通知.docx", pictures);

		assertThat(read.title()).isEqualTo("关于做好冬季供暖工作的通知");
		assertThat(read.pictures()).hasSize(1);
		assertThat(read.omittedPictures()).as("the EMF chart").isEqualTo(1);
		String body = read.body(links());
		assertThat(body).doesNotContain("关于做好冬季供暖工作的通知")
			.contains("<p>各区县人民政府，<strong>现就有关事项通知如下</strong>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
					"<h2>一、供暖时间</h2>", "<ul><li>城区 11 月 15 日起</li><li>郊县 11 月 20 日起</li></ul>",
					"<a href=\"https://www.gov.cn/\">中国政府网</a>",
					"<table><tbody><tr><td>区县</td><td>开始日期</td></tr><tr><td>城区</td><td>11月15日</td></tr></tbody></table>",
					"<p>供暖范围见下图：</p><p><img src=\"/files/")
			.doesNotContain("<script");
		assertThat(body.indexOf("<h2>")).isLessThan(body.indexOf("<ul>"));
		assertThat(body.indexOf("<table>")).isLessThan(body.indexOf("<img"));
		assertThat(RichText.sanitize(body)).as("what the sanitizer keeps").contains("<h2>", "<ul>", "<table>", "<img");
		assertThat(read.body((picture) -> null)).as("without a link the picture is left out").doesNotContain("<img");
	}

	@Test
	void a_centred_first_paragraph_is_the_title_and_without_one_the_file_name_is() throws IOException {
		Path centred = write("a.docx", (document) -> {
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			title.createRun().setText("秦川市2026年政务公开工作要点");
			document.createParagraph().createRun().setText("为深入贯彻落实……");
		});
		Path plain = write("b.docx", (document) -> {
			document.createParagraph().createRun().setText("为深入贯彻落实……");
			XWPFParagraph later = document.createParagraph();
			later.setAlignment(ParagraphAlignment.CENTER);
			later.createRun().setText("居中但不在开头");
		});

		assertThat(WordDocuments.read(centred, "a.docx", pictures).title()).isEqualTo("秦川市2026年政务公开工作要点");
		ImportedDocument named = WordDocuments.read(plain, "旧网站/2026/市政府常务会议纪要.docx", pictures);
		assertThat(named.title()).isEqualTo("市政府常务会议纪要");
		assertThat(named.body((picture) -> null)).isEqualTo("<p>为深入贯彻落实……</p><p>居中但不在开头</p>");
	}

	@Test
	void an_ofd_document_is_read_in_paragraphs_as_a_reader_sees_them() throws IOException {
		double body = 5.6;
		byte[] ofd = OfficeFiles.ofd(
				List.of(new Placed(40, 60, 7.7, "秦川市人民政府办公室关于印发"), new Placed(50, 72, 7.7, "冬季供暖工作方案的通知"),
						new Placed(31.2, 95, body, "各区县人民政府，市政府各部门："),
						new Placed(31.2, 105, body, "现将《冬季供暖工作方案》印发给你们，"), new Placed(88, 105, body, "请认真贯彻执行。"),
						new Placed(20, 115, body, "执行中的问题及时报告。"), new Placed(31.2, 125, body, "一、保障供热")),
				List.of(new Placed(20, 40, body, "供热企业应当……"), new Placed(130, 60, body, "秦川市人民政府办公室")));
		Path file = folder.resolve("方案.ofd");
		Files.write(file, ofd);

		ImportedDocument read = OfdDocuments.read(file, "方案.ofd");

		assertThat(read.title()).isEqualTo("秦川市人民政府办公室关于印发冬季供暖工作方案的通知");
		assertThat(read.body((picture) -> null)).isEqualTo("<p>各区县人民政府，市政府各部门：</p>"
				+ "<p>现将《冬季供暖工作方案》印发给你们，请认真贯彻执行。执行中的问题及时报告。</p>" + "<p>一、保障供热供热企业应当……</p>" + "<p>秦川市人民政府办公室</p>");
	}

	@Test
	void an_ofd_without_larger_type_takes_its_title_from_the_file_name() throws IOException {
		Path file = folder.resolve("x.ofd");
		Files.write(file, OfficeFiles.ofd(List.of(new Placed(31.2, 60, 5.6, "第一段，"), new Placed(20, 70, 5.6, "换行。"),
				new Placed(31.2, 80, 5.6, "第二段。"))));

		ImportedDocument read = OfdDocuments.read(file, "2026年第3号公告.ofd");

		assertThat(read.title()).isEqualTo("2026年第3号公告");
		assertThat(read.body((picture) -> null)).isEqualTo("<p>第一段，换行。</p><p>第二段。</p>");
	}

	@Test
	void an_ofd_that_declares_entities_is_not_read() throws IOException {
		Path file = folder.resolve("xxe.ofd");
		Files.write(file, OfficeFiles.ofdOfPages(List.of("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY secret SYSTEM "
				+ "\"file:///etc/passwd\">]><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"3\">"
				+ "<ofd:TextObject ID=\"4\" Boundary=\"0 0 100 10\" Font=\"2\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\">&secret;"
				+ "</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>")));

		assertThatIOException().isThrownBy(() -> OfdDocuments.read(file, "xxe.ofd"));
	}

	@Test
	void a_package_that_is_not_a_document_or_unpacks_too_far_is_not_read() throws IOException {
		Path notWord = folder.resolve("not.docx");
		zip(notWord, "readme.txt", 10);
		Path bomb = folder.resolve("bomb.docx");
		zip(bomb, "word/document.xml", ImportedDocument.MOST_UNPACKED_BYTES + 1);
		Path text = folder.resolve("text.ofd");
		Files.writeString(text, "这不是 OFD 文件");

		assertThatIOException().isThrownBy(() -> WordDocuments.read(notWord, "not.docx", pictures));
		assertThatIOException().isThrownBy(() -> WordDocuments.read(bomb, "bomb.docx", pictures))
			.withMessageContaining("Unpacks to more than");
		assertThatIOException().isThrownBy(() -> OfdDocuments.read(text, "text.ofd"));
		assertThat(kept).isEmpty();
	}

	private interface Content {

		void fill(XWPFDocument document) throws Exception;

	}

	private Path write(String name, Content content) throws IOException {
		Path file = folder.resolve(UUID.randomUUID() + "-" + name);
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			content.fill(document);
			document.write(out);
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return file;
	}

	/** Styles by id and name, as Word defines its built-in ones. */
	private static void styles(XWPFDocument document, String... idsAndNames) {
		XWPFStyles styles = document.createStyles();
		for (int i = 0; i < idsAndNames.length; i += 2) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId(idsAndNames[i]);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal(idsAndNames[i + 1]);
			styles.addStyle(new XWPFStyle(style));
		}
	}

	private static BigInteger list(XWPFDocument document, STNumberFormat.Enum format) {
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.ONE);
		CTLvl level = definition.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewNumFmt().setVal(format);
		level.addNewLvlText().setVal("•");
		XWPFNumbering numbering = document.createNumbering();
		return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
	}

	/** A link of its own for each picture. */
	private static java.util.function.Function<ImportedDocument.Picture, FileLink> links() {
		Map<ImportedDocument.Picture, FileLink> links = new IdentityHashMap<>();
		return (picture) -> links.computeIfAbsent(picture, (p) -> new FileLink(UUID.randomUUID(), p.file(),
				new FileOwner("test", "1"), p.fileName(), java.time.Instant.EPOCH));
	}

	private static void zip(Path file, String entry, long bytes) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry(entry));
			byte[] zeros = new byte[1024 * 1024];
			for (long written = 0; written < bytes; written += zeros.length) {
				zip.write(zeros, 0, (int) Math.min(zeros.length, bytes - written));
			}
			zip.closeEntry();
		}
	}

}
