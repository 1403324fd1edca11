package org.zhengtong.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.CheckpointSigner;

/**
 * 审计检查点: every {@code zhengtong.audit.checkpoint-interval} (PT1H), on one instance, the
 * platform signs a statement naming the newest entry, its hash, the number of entries and
 * the SHA-256 of the checkpoint before (so checkpoints form a chain of their own). It is
 * made even when no entry was added, so the newest checkpoint is never older than the
 * interval on a running platform: an older one means the platform stopped or entries
 * after it were cut. Each checkpoint is also written outside the database
 * ({@link CheckpointJournal}). Verification checks each checkpoint's signature, its link
 * to the one before, and that the chain still holds its entry with its hash.
 */
@Component
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	/** The previous statement of the very first checkpoint. */
	static final String GENESIS = "0".repeat(64);

	/** Makes checkpoints one at a time, each linked to the one before. */
	static final long MAKE_LOCK = 0x7a68656e68L;

	/**
	 * One checkpoint.
	 *
	 * @param previous the SHA-256 of the statement of the checkpoint before, {@code null}
	 * for checkpoints of format 1 (made before they were chained)
	 */
	record Checkpoint(long id, Instant createdAt, long entryId, String entryHash, long entries, String statement,
			byte[] signature, String signer, @Nullable String previous) {
	}

	private final JdbcClient jdbc;

	private final ObjectProvider<CheckpointSigner> signer;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final CheckpointJournal journal;

	private final Duration interval;

	private final Duration maxAge;

	AuditCheckpoints(JdbcClient jdbc, ObjectProvider<CheckpointSigner> signer, Clock clock,
			TransactionTemplate transaction, CheckpointJournal journal,
			@Value("${zhengtong.audit.checkpoint-interval:PT1H}") Duration interval,
			@Value("${zhengtong.audit.checkpoint-max-age:}") String maxAge) {
		this.jdbc = jdbc;
		this.signer = signer;
		this.clock = clock;
		this.transaction = transaction;
		this.journal = journal;
		this.interval = interval;
		// Twice the interval: a scheduled run may be late by a slow one before it.
		this.maxAge = maxAge.isBlank() ? interval.multipliedBy(2) : Duration.parse(maxAge);
	}

	@Scheduled(fixedDelayString = "${zhengtong.audit.checkpoint-interval:PT1H}", initialDelayString = "PT1M")
	@SchedulerLock(name = "audit.checkpoint", lockAtMostFor = "PT10M")
	void scheduled() {
		try {
			make();
		}
		catch (RuntimeException ex) {
			log.warn("Could not make an audit checkpoint: {}", ex.getMessage());
		}
	}

	/** How old the newest checkpoint may be before verification fails. */
	Duration maxAge() {
		return maxAge;
	}

	boolean signing() {
		return signer.getIfAvailable() != null;
	}

	/**
	 * Signs the newest entry, unless the last checkpoint already names it and is younger
	 * than half the interval; then copies the checkpoint outside the database.
	 */
	Optional<Checkpoint> make() {
		CheckpointSigner platform = signer.getIfAvailable();
		if (platform == null) {
			return Optional.empty();
		}
		record Newest(long id, String hash, long count) {
		}
		Optional<Checkpoint> made = transaction.execute((status) -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(MAKE_LOCK).query((row) -> {
			});
			Optional<Newest> newest = jdbc
				.sql("SELECT id, hash, (SELECT count(*) FROM audit_entry) FROM audit_entry ORDER BY id DESC LIMIT 1")
				.query((row, number) -> new Newest(row.getLong(1), row.getString(2).strip(), row.getLong(3)))
				.optional();
			// As PostgreSQL keeps it (microseconds), so the statement can be rebuilt from
			// the row.
			Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
			Optional<Checkpoint> last = latest();
			if (newest.isEmpty() || last
				.filter((checkpoint) -> checkpoint.entryId() == newest.get().id()
						&& checkpoint.createdAt().isAfter(now.minus(interval.dividedBy(2))))
				.isPresent()) {
				return Optional.empty();
			}
			String previous = last.map((checkpoint) -> sha256(checkpoint.statement())).orElse(GENESIS);
			String statement = statement(newest.get().id(), newest.get().hash(), newest.get().count(), now, previous);
			CheckpointSigner.Signed signed = platform.sign(statement.getBytes(StandardCharsets.UTF_8));
			jdbc.sql(
					"""
							INSERT INTO audit_checkpoint (created_at, entry_id, entry_hash, entries, statement, signature, signer,
							    previous_statement)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(Timestamp.from(now), newest.get().id(), newest.get().hash(), newest.get().count(), statement,
						signed.signature(), signed.signer(), previous)
				.update();
			return latest();
		});
		// After the commit: the outside copy never holds a checkpoint the database lacks,
		// unless someone removed it there.
		made.ifPresent((checkpoint) -> journal.append(chainName().orElseThrow(), checkpoint.statement(),
				checkpoint.signature()));
		return made;
	}

	/**
	 * The name of this installation's chain in the outside copy: the hash of its first
	 * entry, which nobody can change without breaking the chain.
	 */
	Optional<String> chainName() {
		return jdbc.sql("SELECT hash FROM audit_entry ORDER BY id LIMIT 1")
			.query(String.class)
			.optional()
			.map(String::strip);
	}

	/** What is signed: plain text anyone can read and check with openssl. */
	static String statement(long entryId, String hash, long entries, Instant at, String previous) {
		return "zhengtong-audit-checkpoint/2\nentry=" + entryId + "\nhash=" + hash + "\nentries=" + entries + "\nat="
				+ at + "\nprevious=" + previous + "\n";
	}

	/** The statement of checkpoints made before they were chained. */
	static String statementFormat1(long entryId, String hash, long entries, Instant at) {
		return "zhengtong-audit-checkpoint/1\nentry=" + entryId + "\nhash=" + hash + "\nentries=" + entries + "\nat="
				+ at + "\n";
	}

	/**
	 * A checkpoint read back from its statement (the outside copy holds statements and
	 * signatures only), or empty when the text is no statement.
	 */
	static Optional<Checkpoint> parse(String statement, byte[] signature) {
		java.util.Map<String, String> fields = new java.util.HashMap<>();
		String[] lines = statement.split("\n");
		for (int i = 1; i < lines.length; i++) {
			int equals = lines[i].indexOf('=');
			if (equals > 0) {
				fields.put(lines[i].substring(0, equals), lines[i].substring(equals + 1));
			}
		}
		try {
			return Optional.of(new Checkpoint(-1, Instant.parse(fields.get("at")), Long.parseLong(fields.get("entry")),
					fields.get("hash"), Long.parseLong(fields.get("entries")), statement, signature, "",
					fields.get("previous")));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
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
		String expected = checkpoint.previous() == null
				? statementFormat1(checkpoint.entryId(), checkpoint.entryHash(), checkpoint.entries(),
						checkpoint.createdAt())
				: statement(checkpoint.entryId(), checkpoint.entryHash(), checkpoint.entries(), checkpoint.createdAt(),
						checkpoint.previous());
		if (!checkpoint.statement().equals(expected)) {
			return "checkpoint " + name(checkpoint) + " says something other than its columns";
		}
		if (!signedByPlatform(checkpoint)) {
			return "checkpoint " + name(checkpoint) + " is not signed by the platform";
		}
		if (hashOfEntry == null) {
			return "entry " + checkpoint.entryId() + ", signed at checkpoint " + name(checkpoint)
					+ ", is missing: entries were removed";
		}
		if (!hashOfEntry.equals(checkpoint.entryHash())) {
			return "entry " + checkpoint.entryId() + " no longer has the hash signed at checkpoint " + name(checkpoint)
					+ ": the chain was rebuilt";
		}
		return null;
	}

	boolean signedByPlatform(Checkpoint checkpoint) {
		CheckpointSigner platform = signer.getIfAvailable();
		return platform != null
				&& platform.verify(checkpoint.statement().getBytes(StandardCharsets.UTF_8), checkpoint.signature());
	}

	/** The checkpoint's number, or for one read from the outside copy its time. */
	static String name(Checkpoint checkpoint) {
		return checkpoint.id() > 0 ? Long.toString(checkpoint.id()) : "of " + checkpoint.createdAt();
	}

	private Checkpoint row(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		String previous = row.getString("previous_statement");
		return new Checkpoint(row.getLong("id"), row.getTimestamp("created_at").toInstant(), row.getLong("entry_id"),
				row.getString("entry_hash").strip(), row.getLong("entries"), row.getString("statement"),
				row.getBytes("signature"), row.getString("signer"), previous == null ? null : previous.strip());
	}

}
