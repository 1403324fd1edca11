package org.zhengtong.audit.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.ChainVerification;
import org.zhengtong.audit.ChainVerification.Kind;
import org.zhengtong.audit.CheckpointSigner;
import org.zhengtong.pki.CertificateAuthority;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.pki.Pem;
import org.zhengtong.platform.DatabaseOwner;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkpoints signed by the platform: made when entries were added, checked by the
 * verification, readable by {@code openssl cms}; a forged signature, a rebuilt chain and
 * entries cut off the end are each named.
 */
@IntegrationTest
class AuditCheckpointIntegrationTests {

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	AuditManagement audit;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	CheckpointSigner signer;

	@Autowired
	CheckpointJournal journal;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	DatabaseOwner owner;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path directory;

	@Test
	void a_checkpoint_names_the_newest_entry_and_the_verification_checks_its_signature() throws Exception {
		audit.record(AuditableEvent.succeeded(Instant.now(), "tester", "test.checkpoint", null, null, "检查点之前"));
		AuditCheckpoints.Checkpoint made = checkpoints.make().orElseThrow();
		checkpoints.make()
			.ifPresent((next) -> assertThat(next.entryId()).as("never the same entry twice")
				.isGreaterThan(made.entryId()));
		assertThat(made.statement()).startsWith("zhengtong-audit-checkpoint/2\nentry=" + made.entryId());

		ChainVerification result = audit.verify();
		assertThat(result.intact()).as(String.valueOf(result.reason())).isTrue();
		assertThat(result.checkpoints()).isPositive();

		Pkcs.assumeOpenssl();
		Path statement = Files.writeString(directory.resolve("statement.txt"), made.statement());
		Path signature = Files.write(directory.resolve("statement.p7s"), made.signature());
		Path chain = Files.writeString(directory.resolve("chain.pem"), Pem.of(authority.chain(Hierarchy.STANDARD)));
		assertThat(Pkcs.openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(), "-content",
				statement.toString(), "-CAfile", chain.toString(), "-out", "/dev/null"))
			.contains("Verification successful");
	}

	@Test
	void a_forged_signature_a_rebuilt_chain_and_a_cut_off_end_are_named() {
		audit.record(AuditableEvent.succeeded(Instant.now(), "tester", "test.checkpoint", null, null, "检查点之前"));
		AuditCheckpoints.Checkpoint real = checkpoints.make().orElseThrow();
		assertThat(checkpoints.problem(real, real.entryHash())).isNull();

		String otherHash = "0".repeat(64);
		assertThat(checkpoints.problem(real, otherHash)).contains("rebuilt");
		assertThat(checkpoints.problem(real, null)).contains("missing");

		String forgedStatement = AuditCheckpoints.statement(real.entryId(), otherHash, real.entries(), real.createdAt(),
				real.previous());
		var forged = new AuditCheckpoints.Checkpoint(real.id(), real.createdAt(), real.entryId(), otherHash,
				real.entries(), forgedStatement, real.signature(), real.signer(), real.previous());
		assertThat(checkpoints.problem(forged, otherHash)).as("the old signature over new words")
			.contains("not signed by the platform");
		var garbage = new AuditCheckpoints.Checkpoint(real.id(), real.createdAt(), real.entryId(), real.entryHash(),
				real.entries(), real.statement(), "not a signature".getBytes(StandardCharsets.UTF_8), real.signer(),
				real.previous());
		assertThat(checkpoints.problem(garbage, real.entryHash())).contains("not signed by the platform");
		assertThat(signer.verify("x".getBytes(StandardCharsets.UTF_8), real.signature())).isFalse();
	}

	@Test
	void checkpoints_are_chained_and_copied_outside_the_database() throws Exception {
		AuditCheckpoints.Checkpoint first = checkpointAfter("链上第一个");
		AuditCheckpoints.Checkpoint second = checkpointAfter("链上第二个");

		assertThat(second.previous()).isEqualTo(AuditCheckpoints.sha256(first.statement()));
		assertThat(second.statement()).contains("previous=" + second.previous());
		Path copy = journal.fileOf(checkpoints.chainName().orElseThrow()).orElseThrow();
		assertThat(Files.readString(copy)).as("the outside copy holds both")
			.contains(Base64.getEncoder().encodeToString(first.statement().getBytes(StandardCharsets.UTF_8)),
					Base64.getEncoder().encodeToString(second.statement().getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void the_newest_entries_cut_with_their_checkpoints_are_named_from_the_outside_copy() {
		long firstCut = record("将被截去一");
		record("将被截去二");
		AuditCheckpoints.Checkpoint made = checkpoints.make().orElseThrow();
		assertThat(audit.verify().intact()).isTrue();

		ChainVerification result = tampering().whileTampered("""
				CREATE TABLE audit_cut AS SELECT * FROM audit_entry WHERE id >= %1$d;
				CREATE TABLE audit_cut_checkpoint AS SELECT * FROM audit_checkpoint WHERE id >= %2$d;
				DELETE FROM audit_entry WHERE id >= %1$d;
				DELETE FROM audit_checkpoint WHERE id >= %2$d""".formatted(firstCut, made.id()), """
				INSERT INTO audit_entry OVERRIDING SYSTEM VALUE SELECT * FROM audit_cut;
				INSERT INTO audit_checkpoint OVERRIDING SYSTEM VALUE SELECT * FROM audit_cut_checkpoint;
				DROP TABLE audit_cut;
				DROP TABLE audit_cut_checkpoint""", audit::verify);

		assertThat(result.intact()).as("cut from the end, checkpoint and all").isFalse();
		assertThat(result.breaks()).anySatisfy((each) -> {
			assertThat(each.kind()).isEqualTo(Kind.CUT);
			assertThat(each.from()).isEqualTo(firstCut);
			assertThat(each.to()).isEqualTo(made.entryId());
			assertThat(each.reason()).contains("cut from the end");
		}).anySatisfy((each) -> {
			assertThat(each.kind()).isEqualTo(Kind.CHECKPOINT);
			assertThat(each.reason()).contains("in the outside copy but not in the database");
		});
		assertThat(audit.verify().intact()).as("put back").isTrue();
	}

	@Test
	void a_checkpoint_removed_from_the_middle_breaks_the_next_ones_link() {
		checkpointAfter("中间之前");
		AuditCheckpoints.Checkpoint removed = checkpointAfter("中间");
		AuditCheckpoints.Checkpoint next = checkpointAfter("中间之后");

		ChainVerification result = tampering().whileTampered("""
				CREATE TABLE audit_removed_checkpoint AS SELECT * FROM audit_checkpoint WHERE id = %1$d;
				DELETE FROM audit_checkpoint WHERE id = %1$d""".formatted(removed.id()), """
				INSERT INTO audit_checkpoint OVERRIDING SYSTEM VALUE SELECT * FROM audit_removed_checkpoint;
				DROP TABLE audit_removed_checkpoint""", audit::verify);

		assertThat(result.breaks()).anySatisfy((each) -> {
			assertThat(each.kind()).isEqualTo(Kind.CHECKPOINT);
			assertThat(each.from()).isEqualTo(next.entryId());
			assertThat(each.reason()).contains("checkpoint " + next.id() + " does not follow");
		});
		assertThat(audit.verify().intact()).as("put back").isTrue();
	}

	@Test
	void a_newest_checkpoint_older_than_its_interval_allows_fails_the_verification() {
		checkpointAfter("最新的检查点");

		assertThat(verifier.verify(Instant.now()).breaks()).noneMatch((each) -> each.kind() == Kind.STALE);
		ChainVerification later = verifier.verify(Instant.now().plus(checkpoints.maxAge()).plusSeconds(60));

		assertThat(later.intact()).isFalse();
		assertThat(later.breaks()).anySatisfy((each) -> {
			assertThat(each.kind()).isEqualTo(Kind.STALE);
			assertThat(each.reason()).contains("could have been cut unnoticed");
		});
	}

	@Test
	void an_idle_log_still_gets_a_fresh_checkpoint_each_interval() {
		AuditCheckpoints.Checkpoint made = checkpointAfter("之后无新记录");

		assertThat(checkpoints.make()).as("not twice within half an interval").isEmpty();
		assertThat(checkpoints.latest().orElseThrow().id()).isEqualTo(made.id());
	}

	private AuditCheckpoints.Checkpoint checkpointAfter(String summary) {
		record(summary);
		return checkpoints.make().orElseThrow();
	}

	private long record(String summary) {
		AuditableEvent event = AuditableEvent.succeeded(Instant.now(), "tester", "test.checkpoint", null, null,
				summary);
		audit.record(event);
		return jdbc.queryForObject("SELECT id FROM audit_entry WHERE event_id = ?", Long.class, event.id());
	}

	private Tampering tampering() {
		return new Tampering(owner);
	}

}
