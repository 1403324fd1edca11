package org.zhengtong.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.OfficeFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class FilesIntegrationTests {

	static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H',
			'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	@Autowired
	FileManagement files;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Value("${zhengtong.files.directory}")
	Path directory;

	@Test
	void the_same_content_uploaded_twice_is_stored_once_under_its_hash() throws IOException {
		byte[] content = ("关于印发秦川市电子政务发展规划的通知 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

		StoredFile first = files.store(new ByteArrayInputStream(content), "通知.txt", UploadRules.DOCUMENTS);
		StoredFile second = files.store(new ByteArrayInputStream(content), "副本.txt", UploadRules.DOCUMENTS);

		assertThat(second).isEqualTo(first);
		assertThat(first.mediaType()).isEqualTo("text/plain");
		assertThat(first.size()).isEqualTo(content.length);
		Path onDisk = directory.resolve(first.sha256().substring(0, 2))
			.resolve(first.sha256().substring(2, 4))
			.resolve(first.sha256());
		assertThat(onDisk).hasBinaryContent(content);
		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM files_blob WHERE sha256 = ?", Integer.class, first.sha256()))
			.isEqualTo(1);
	}

	@Test
	void the_type_comes_from_the_content_and_the_name_may_only_refine_it() throws IOException {
		StoredFile picture = files.store(png(), "photo.pdf", UploadRules.IMAGES);
		StoredFile document = files.store(new ByteArrayInputStream(docx()), "报告.docx", UploadRules.DOCUMENTS);

		assertThat(picture.mediaType()).isEqualTo("image/png");
		assertThat(document.mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		byte[] ofd = OfficeFiles.ofd(List.of(new OfficeFiles.Placed(20, 20, 5, "公文" + UUID.randomUUID())));
		assertThat(files.store(new ByteArrayInputStream(ofd), "公文.ofd", UploadRules.DOCUMENTS).mediaType())
			.isEqualTo("application/ofd");
		assertThat(files.store(new ByteArrayInputStream(ofd), "公文.zip", UploadRules.DOCUMENTS).mediaType())
			.isEqualTo("application/zip");
		assertThat(files.store(png(), "scan.ofd", UploadRules.IMAGES).mediaType()).isEqualTo("image/png");
	}

	@Test
	void a_renamed_executable_is_refused_and_nothing_is_kept() throws IOException {
		byte[] executable = new byte[4096];
		executable[0] = 'M';
		executable[1] = 'Z';
		executable[0x3c] = (byte) 0x80;
		System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, executable, 0x80, 4);
		long before = storedFileCount();

		assertThatExceptionOfType(FileRefused.class)
			.isThrownBy(() -> files.store(new ByteArrayInputStream(executable), "年度报告.docx", UploadRules.DOCUMENTS))
			.satisfies((refused) -> {
				assertThat(refused.messageKey()).isEqualTo("files.refused.type");
				assertThat(refused.arguments()).contains("年度报告.docx");
				assertThat(refused.getMessage()).doesNotContain("docx is application/vnd");
			});
		assertThat(storedFileCount()).isEqualTo(before);
	}

	@Test
	void content_over_the_limit_is_refused_while_streaming_and_leaves_no_temporary_file() throws IOException {
		UploadRules small = new UploadRules(1024 * 1024, Set.of("text/plain"));
		InputStream twoMegabytes = new ByteArrayInputStream(text(2 * 1024 * 1024));

		assertThatExceptionOfType(FileRefused.class).isThrownBy(() -> files.store(twoMegabytes, "big.txt", small))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("files.refused.tooLarge"));
		try (Stream<Path> leftovers = Files.list(directory.resolve("tmp"))) {
			assertThat(leftovers).isEmpty();
		}
	}

	@Test
	void an_empty_file_is_refused() {
		assertThatExceptionOfType(FileRefused.class)
			.isThrownBy(() -> files.store(InputStream.nullInputStream(), "空.txt", UploadRules.DOCUMENTS))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("files.refused.empty"));
	}

	@Test
	void a_public_file_downloads_for_anyone_with_its_name_type_and_a_short_cache() throws Exception {
		StoredFile stored = files.store(png(), "城市风貌.png", UploadRules.IMAGES);
		FileLink link = files.attach(stored, new FileOwner("test.public", "1"), "城市风貌.png", "editor");

		MvcTestResult download = mvc.get().uri(link.downloadPath()).exchange();

		assertThat(download).hasStatusOk().hasContentType("image/png");
		assertThat(download).hasHeader("Cache-Control", "max-age=300, public");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("inline;")
			.contains("filename*=UTF-8''%E5%9F%8E%E5%B8%82");
		assertThat(download.getResponse().getContentAsByteArray()).startsWith(PNG_SIGNATURE);
	}

	@Test
	void a_private_file_downloads_only_for_its_reader_and_is_unknown_to_everyone_else() throws IOException {
		StoredFile stored = files.store(new ByteArrayInputStream(text(100)), "内部.txt", UploadRules.DOCUMENTS);
		FileLink link = files.attach(stored, new FileOwner("test.private", "zhang"), "内部材料.txt", "zhang");

		assertThat(mvc.get().uri(link.downloadPath()).with(user("zhang").roles("STAFF")).exchange()).hasStatusOk()
			.hasHeader("Cache-Control", "no-store, private");
		assertThat(mvc.get().uri(link.downloadPath()).with(user("li").roles("STAFF")).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(link.downloadPath()).exchange()).hasStatus(404);
	}

	@Test
	void a_file_whose_owner_type_has_no_policy_downloads_for_nobody() throws IOException {
		StoredFile stored = files.store(new ByteArrayInputStream(text(10)), "x.txt", UploadRules.DOCUMENTS);
		FileLink link = files.attach(stored, new FileOwner("nobody.decides", "1"), "x.txt", "zhang");

		assertThat(mvc.get().uri(link.downloadPath()).with(user("zhang").roles("STAFF")).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/files/" + UUID.randomUUID()).exchange()).hasStatus(404);
	}

	@Test
	void an_owner_lists_its_files_in_the_order_they_were_attached() throws IOException {
		FileOwner owner = new FileOwner("test.private", "order-" + UUID.randomUUID());
		StoredFile one = files.store(new ByteArrayInputStream(text(11)), "a.txt", UploadRules.DOCUMENTS);
		StoredFile two = files.store(new ByteArrayInputStream(text(12)), "b.txt", UploadRules.DOCUMENTS);
		files.attach(one, owner, "正文.txt", "zhang");
		FileLink second = files.attach(two, owner, "C:\\Users\\zhang\\附件一.txt", "zhang");

		assertThat(files.filesOf(owner)).extracting(FileLink::fileName).containsExactly("正文.txt", "附件一.txt");
		files.detach(second.id());
		assertThat(files.filesOf(owner)).extracting(FileLink::fileName).containsExactly("正文.txt");
	}

	private long storedFileCount() throws IOException {
		try (Stream<Path> all = Files.walk(directory)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

	static InputStream png() {
		byte[] content = Arrays.copyOf(PNG_SIGNATURE, 200);
		content[100] = (byte) UUID.randomUUID().hashCode();
		return new ByteArrayInputStream(content);
	}

	static byte[] text(int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) 'a');
		byte[] unique = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(unique, 0, content, 0, Math.min(unique.length, size));
		return content;
	}

	/**
	 * A minimal Office Open XML word-processing package, the way Word writes its first
	 * entry.
	 */
	static byte[] docx() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(
					("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
						.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(
					("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"
							+ UUID.randomUUID())
						.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
