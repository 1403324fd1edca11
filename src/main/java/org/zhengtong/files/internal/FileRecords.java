package org.zhengtong.files.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.StoredFile;

/** The {@code files_blob} and {@code files_link} tables. */
@Repository
class FileRecords {

	private static final String LINK = """
			SELECT l.id, l.owner_type, l.owner_id, l.file_name, l.linked_at, b.sha256, b.size, b.media_type
			FROM files_link l JOIN files_blob b ON b.sha256 = l.sha256""";

	private final JdbcClient jdbc;

	FileRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the content (or renews its grace period) and holds its row lock until the
	 * transaction ends, so the collector cannot remove it meanwhile.
	 */
	void upsertBlob(StoredFile file, Instant now) {
		jdbc.sql("""
				INSERT INTO files_blob (sha256, size, media_type, stored_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (sha256) DO UPDATE SET stored_at = EXCLUDED.stored_at""")
			.params(file.sha256(), file.size(), file.mediaType(), Timestamp.from(now))
			.update();
	}

	void insertLink(FileLink link, String linkedBy) {
		jdbc.sql("""
				INSERT INTO files_link (id, sha256, owner_type, owner_id, file_name, linked_by, linked_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(link.id(), link.file().sha256(), link.owner().type(), link.owner().id(), link.fileName(), linkedBy,
					Timestamp.from(link.linkedAt()))
			.update();
	}

	void deleteLink(UUID id) {
		jdbc.sql("DELETE FROM files_link WHERE id = ?").param(id).update();
	}

	Optional<FileLink> link(UUID id) {
		return jdbc.sql(LINK + " WHERE l.id = ?").param(id).query(FileRecords::link).optional();
	}

	List<FileLink> linksOf(FileOwner owner) {
		return jdbc.sql(LINK + " WHERE l.owner_type = ? AND l.owner_id = ? ORDER BY l.linked_at, l.id")
			.params(owner.type(), owner.id())
			.query(FileRecords::link)
			.list();
	}

	/**
	 * Locks content nothing uses since before {@code storedBefore}, skipping rows an
	 * upload holds. Call in a transaction; delete the rows and files before it commits.
	 */
	List<String> lockUnused(Instant storedBefore, int limit) {
		return jdbc.sql("""
				SELECT b.sha256 FROM files_blob b
				WHERE b.stored_at < ? AND NOT EXISTS (SELECT 1 FROM files_link l WHERE l.sha256 = b.sha256)
				ORDER BY b.stored_at LIMIT ? FOR UPDATE SKIP LOCKED""")
			.params(Timestamp.from(storedBefore), limit)
			.query(String.class)
			.list();
	}

	void deleteBlob(String sha256) {
		jdbc.sql("DELETE FROM files_blob WHERE sha256 = ?").param(sha256).update();
	}

	private static FileLink link(ResultSet row, int number) throws SQLException {
		StoredFile file = new StoredFile(row.getString("sha256"), row.getLong("size"), row.getString("media_type"));
		return new FileLink(row.getObject("id", UUID.class), file,
				new FileOwner(row.getString("owner_type"), row.getString("owner_id")), row.getString("file_name"),
				row.getTimestamp("linked_at").toInstant());
	}

}
