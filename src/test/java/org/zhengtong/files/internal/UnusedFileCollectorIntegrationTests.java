package org.zhengtong.files.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UnusedFileCollectorIntegrationTests {

	@Autowired
	FileManagement files;

	@Autowired
	UnusedFileCollector collector;

	@Autowired
	ContentStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void content_nothing_uses_after_the_grace_period_is_removed_and_used_or_recent_content_stays() throws IOException {
		StoredFile unused = store("无人使用 ");
		StoredFile used = store("仍在使用 ");
		StoredFile recent = store("刚刚上传 ");
		files.attach(used, new FileOwner("test.private", "zhang"), "用.txt", "zhang");
		storedLongAgo(unused);
		storedLongAgo(used);

		collector.collect();

		assertThat(store.contains(unused.sha256())).isFalse();
		assertThat(blobRows(unused)).isZero();
		assertThat(store.contains(used.sha256())).isTrue();
		assertThat(store.contains(recent.sha256())).isTrue();
		assertThat(blobRows(recent)).isOne();
	}

	@Test
	void uploading_collected_content_again_stores_it_again() throws IOException {
		StoredFile first = store("又上传了一次 ");
		storedLongAgo(first);
		collector.collect();
		assertThat(store.contains(first.sha256())).isFalse();

		StoredFile again = files.store(new ByteArrayInputStream(contentOf(first)), "again.txt", UploadRules.DOCUMENTS);

		assertThat(again.sha256()).isEqualTo(first.sha256());
		assertThat(store.contains(again.sha256())).isTrue();
		assertThat(blobRows(again)).isOne();
	}

	private final java.util.Map<String, byte[]> contents = new java.util.HashMap<>();

	private StoredFile store(String text) throws IOException {
		byte[] content = (text + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		StoredFile file = files.store(new ByteArrayInputStream(content), "t.txt", UploadRules.DOCUMENTS);
		contents.put(file.sha256(), content);
		return file;
	}

	private byte[] contentOf(StoredFile file) {
		return contents.get(file.sha256());
	}

	private void storedLongAgo(StoredFile file) {
		jdbc.update("UPDATE files_blob SET stored_at = ? WHERE sha256 = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(3))), file.sha256());
	}

	private int blobRows(StoredFile file) {
		return jdbc.queryForObject("SELECT count(*) FROM files_blob WHERE sha256 = ?", Integer.class, file.sha256());
	}

}
