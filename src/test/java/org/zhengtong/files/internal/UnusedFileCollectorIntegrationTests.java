package org.zhengtong.files.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collector, run as its schedule would run it, removes content nothing has used for
 * the grace period (time moved by the test clock: stored a day and an hour ago) and keeps
 * content in use or stored recently.
 */
@IntegrationTest
class UnusedFileCollectorIntegrationTests {

	@Autowired
	FileManagement files;

	@Autowired
	FilesProperties properties;

	@Autowired
	TestClock clock;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	ContentStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void content_nothing_uses_after_the_grace_period_is_removed_and_used_or_recent_content_stays() throws IOException {
		clock.set(Instant.now().minus(pastTheGracePeriod()));
		StoredFile unused = store("无人使用 ");
		StoredFile used = store("仍在使用 ");
		files.attach(used, new FileOwner("test.private", "zhang"), "用.txt", "zhang");
		clock.advance(pastTheGracePeriod());
		StoredFile recent = store("刚刚上传 ");

		jobs.run("files.collect-unused");

		assertThat(store.contains(unused.sha256())).isFalse();
		assertThat(blobRows(unused)).isZero();
		assertThat(store.contains(used.sha256())).isTrue();
		assertThat(store.contains(recent.sha256())).isTrue();
		assertThat(blobRows(recent)).isOne();
	}

	@Test
	void uploading_collected_content_again_stores_it_again() throws IOException {
		clock.set(Instant.now().minus(pastTheGracePeriod()));
		StoredFile first = store("又上传了一次 ");
		clock.advance(pastTheGracePeriod());
		jobs.run("files.collect-unused");
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

	/** An hour longer than content nothing uses is kept. */
	private Duration pastTheGracePeriod() {
		return properties.unusedGracePeriod().plusHours(1);
	}

	private int blobRows(StoredFile file) {
		return jdbc.queryForObject("SELECT count(*) FROM files_blob WHERE sha256 = ?", Integer.class, file.sha256());
	}

}
