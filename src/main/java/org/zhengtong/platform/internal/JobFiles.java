package org.zhengtong.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.SpreadsheetExports.JobFile;

/**
 * The {@code platform_job_file} tables: a job's file in chunks of {@link #CHUNK} bytes,
 * so any instance serves it and none holds more than a chunk of it in memory.
 */
@Repository
class JobFiles {

	static final int CHUNK = 1 << 20;

	private final JdbcClient jdbc;

	JobFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void store(UUID job, String name, String mediaType, Path file, Instant now) throws IOException {
		long size = Files.size(file);
		int chunks = 0;
		jdbc.sql(
				"INSERT INTO platform_job_file (job_id, name, media_type, size, chunks, created_at) VALUES (?, ?, ?, ?, 0, ?)")
			.params(job, name, mediaType, size, Timestamp.from(now))
			.update();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] chunk;
			while ((chunk = in.readNBytes(CHUNK)).length > 0) {
				jdbc.sql("INSERT INTO platform_job_file_chunk (job_id, seq, data) VALUES (?, ?, ?)")
					.params(job, chunks++, chunk)
					.update();
			}
		}
		jdbc.sql("UPDATE platform_job_file SET chunks = ? WHERE job_id = ?").params(chunks, job).update();
	}

	Optional<JobFile> find(UUID job) {
		return jdbc.sql("SELECT name, size, chunks FROM platform_job_file WHERE job_id = ?")
			.param(job)
			.query((row,
					number) -> (JobFile) new Stored(job, row.getString("name"), row.getLong("size"),
							row.getInt("chunks")))
			.optional();
	}

	/** Removes the files made before this instant; how many. */
	int removeOlderThan(Instant before) {
		return jdbc.sql("DELETE FROM platform_job_file WHERE created_at < ?").param(Timestamp.from(before)).update();
	}

	private final class Stored implements JobFile {

		private final UUID job;

		private final String name;

		private final long size;

		private final int chunks;

		Stored(UUID job, String name, long size, int chunks) {
			this.job = job;
			this.name = name;
			this.size = size;
			this.chunks = chunks;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public long size() {
			return size;
		}

		@Override
		public void writeTo(OutputStream out) throws IOException {
			try {
				for (int seq = 0; seq < chunks; seq++) {
					byte[] data = jdbc.sql("SELECT data FROM platform_job_file_chunk WHERE job_id = ? AND seq = ?")
						.params(job, seq)
						.query(byte[].class)
						.single();
					out.write(data);
				}
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		}

	}

}
