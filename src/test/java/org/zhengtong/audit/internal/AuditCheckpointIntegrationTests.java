package org.zhengtong.audit.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.ChainVerification;
import org.zhengtong.audit.CheckpointSigner;
import org.zhengtong.pki.CertificateAuthority;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.pki.Pem;
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

	@TempDir
	Path directory;

	@Test
	void a_checkpoint_names_the_newest_entry_and_the_verification_checks_its_signature() throws Exception {
		audit.record(AuditableEvent.succeeded(Instant.now(), "tester", "test.checkpoint", null, null, "检查点之前"));
		AuditCheckpoints.Checkpoint made = checkpoints.make().orElseThrow();
		checkpoints.make()
			.ifPresent((next) -> assertThat(next.entryId()).as("never the same entry twice")
				.isGreaterThan(made.entryId()));
		assertThat(made.statement()).startsWith("zhengtong-audit-checkpoint/1\nentry=" + made.entryId());

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

		String forgedStatement = AuditCheckpoints.statement(real.entryId(), otherHash, real.entries(),
				real.createdAt());
		var forged = new AuditCheckpoints.Checkpoint(real.id(), real.createdAt(), real.entryId(), otherHash,
				real.entries(), forgedStatement, real.signature(), real.signer());
		assertThat(checkpoints.problem(forged, otherHash)).as("the old signature over new words")
			.contains("not signed by the platform");
		var garbage = new AuditCheckpoints.Checkpoint(real.id(), real.createdAt(), real.entryId(), real.entryHash(),
				real.entries(), real.statement(), "not a signature".getBytes(StandardCharsets.UTF_8), real.signer());
		assertThat(checkpoints.problem(garbage, real.entryHash())).contains("not signed by the platform");
		assertThat(signer.verify("x".getBytes(StandardCharsets.UTF_8), real.signature())).isFalse();
	}

}
