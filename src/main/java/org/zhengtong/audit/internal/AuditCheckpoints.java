package org.zhengtong.audit.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.CheckpointSigner;

/**
 * 审计检查点: every {@code zhengtong.audit.checkpoint-interval} (PT1H), on one instance, when
 * entries were added since the last one, the platform signs a statement naming the newest
 * entry, its hash and the number of entries. Verification checks each checkpoint's
 * signature and that the chain still holds that entry with that hash.
 */
@Component
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	record Checkpoint(long id, Instant createdAt, long entryId, String entryHash, long entries, String statement,
			byte[] signature, String signer) {
	}

	private final JdbcClient jdbc;

	private final ObjectProvider<CheckpointSigner> signer;

	private final Clock clock;

	AuditCheckpoints(JdbcClient jdbc, ObjectProvider<CheckpointSigner> signer, Clock clock) {
		this.jdbc = jdbc;
		this.signer = signer;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${zhengtong.audit.checkpoint-interval:PT1H}", initialDelayString = "PT2M")
	@SchedulerLock(name = "audit.checkpoint", lockAtMostFor = "PT10M")
	void scheduled() {
		try {
			make();
		}
		catch (RuntimeException ex) {
			log.warn("Could not make an audit checkpoint: {}", ex.getMessage());
		}
	}

	/** Signs the newest entry unless the last checkpoint already names it. */
	Optional<Checkpoint> make() {
		CheckpointSigner platform = signer.getIfAvailable();
		if (platform == null) {
			return Optional.empty();
		}
		record Newest(long id, String hash, long count) {
		}
		Optional<Newest> newest = jdbc
			.sql("SELECT id, hash, (SELECT count(*) FROM audit_entry) FROM audit_entry ORDER BY id DESC LIMIT 1")
			.query((row, number) -> new Newest(row.getLong(1), row.getString(2), row.getLong(3)))
			.optional();
		if (newest.isEmpty() || latest().map((last) -> last.entryId() == newest.get().id()).orElse(false)) {
			return Optional.empty();
		}
		// As PostgreSQL keeps it (microseconds), so the statement can be rebuilt from the
		// row.
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		String statement = statement(newest.get().id(), newest.get().hash(), newest.get().count(), now);
		CheckpointSigner.Signed signed = platform.sign(statement.getBytes(StandardCharsets.UTF_8));
		jdbc.sql("""
				INSERT INTO audit_checkpoint (created_at, entry_id, entry_hash, entries, statement, signature, signer)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(now), newest.get().id(), newest.get().hash(), newest.get().count(), statement,
					signed.signature(), signed.signer())
			.update();
		return latest();
	}

	/** What is signed: plain text anyone can read and check with openssl. */
	static String statement(long entryId, String hash, long entries, Instant at) {
		return "zhengtong-audit-checkpoint/1\nentry=" + entryId + "\nhash=" + hash + "\nentries=" + entries + "\nat="
				+ at + "\n";
	}

	Optional<Checkpoint> latest() {
		return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY id DESC LIMIT 1").query(this::row).optional();
	}

	List<Checkpoint> all() {
		return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY id").query(this::row).list();
	}

	/**
	 * Why a checkpoint does not hold, or {@code null} when it does: its statement must be
	 * what its columns say, its signature the platform's, and the chain must hold its
	 * entry with its hash.
	 * @param hashOfEntry the chain's hash of the checkpoint's entry, {@code null} if
	 * there is none
	 */
	@Nullable String problem(Checkpoint checkpoint, @Nullable String hashOfEntry) {
		if (!checkpoint.statement()
			.equals(statement(checkpoint.entryId(), checkpoint.entryHash(), checkpoint.entries(),
					checkpoint.createdAt()))) {
			return "checkpoint " + checkpoint.id() + " says something other than its columns";
		}
		CheckpointSigner platform = signer.getIfAvailable();
		if (platform == null
				|| !platform.verify(checkpoint.statement().getBytes(StandardCharsets.UTF_8), checkpoint.signature())) {
			return "checkpoint " + checkpoint.id() + " is not signed by the platform";
		}
		if (hashOfEntry == null) {
			return "entry " + checkpoint.entryId() + ", signed at checkpoint " + checkpoint.id()
					+ ", is missing: entries were removed";
		}
		if (!hashOfEntry.equals(checkpoint.entryHash())) {
			return "entry " + checkpoint.entryId() + " no longer has the hash signed at checkpoint " + checkpoint.id()
					+ ": the chain was rebuilt";
		}
		return null;
	}

	private Checkpoint row(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new Checkpoint(row.getLong("id"), row.getTimestamp("created_at").toInstant(), row.getLong("entry_id"),
				row.getString("entry_hash").strip(), row.getLong("entries"), row.getString("statement"),
				row.getBytes("signature"), row.getString("signer"));
	}

}
