package org.zhengtong.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainUnitTests {

	static final AuditChain CHAIN = new AuditChain("a key held outside the database".getBytes(StandardCharsets.UTF_8));

	static final AuditEntry ENTRY = new AuditEntry(7, Instant.parse("2026-11-24T01:02:03.456789Z"), "wangfang", "审批人员",
			"u-1", "10.0.0.8", "permit.decided", "permit_case", "QC2026-0001", Outcome.SUCCESS, "准予许可", "审查", "准予");

	@Test
	void the_same_entry_after_the_same_hash_gives_the_same_hash() {
		assertThat(CHAIN.hash(AuditChain.GENESIS, ENTRY)).hasSize(64).isEqualTo(CHAIN.hash(AuditChain.GENESIS, ENTRY));
	}

	@Test
	void any_changed_field_or_link_changes_the_hash() {
		String original = CHAIN.hash(AuditChain.GENESIS, ENTRY);
		AuditEntry changedSummary = new AuditEntry(7, ENTRY.occurredAt(), "wangfang", "审批人员", "u-1", "10.0.0.8",
				"permit.decided", "permit_case", "QC2026-0001", Outcome.SUCCESS, "不予许可", "审查", "准予");
		AuditEntry changedOutcome = new AuditEntry(7, ENTRY.occurredAt(), "wangfang", "审批人员", "u-1", "10.0.0.8",
				"permit.decided", "permit_case", "QC2026-0001", Outcome.DENIED, "准予许可", "审查", "准予");
		AuditEntry moved = new AuditEntry(8, ENTRY.occurredAt(), "wangfang", "审批人员", "u-1", "10.0.0.8",
				"permit.decided", "permit_case", "QC2026-0001", Outcome.SUCCESS, "准予许可", "审查", "准予");

		assertThat(CHAIN.hash(AuditChain.GENESIS, changedSummary)).isNotEqualTo(original);
		assertThat(CHAIN.hash(AuditChain.GENESIS, changedOutcome)).isNotEqualTo(original);
		assertThat(CHAIN.hash(AuditChain.GENESIS, moved)).isNotEqualTo(original);
		assertThat(CHAIN.hash("1".repeat(64), ENTRY)).isNotEqualTo(original);
	}

	@Test
	void moving_text_between_fields_changes_the_hash() {
		AuditEntry a = new AuditEntry(1, ENTRY.occurredAt(), "ab", null, null, null, "c", null, null, Outcome.SUCCESS,
				"s", null, null);
		AuditEntry b = new AuditEntry(1, ENTRY.occurredAt(), "a", null, null, null, "bc", null, null, Outcome.SUCCESS,
				"s", null, null);
		AuditEntry empty = new AuditEntry(1, ENTRY.occurredAt(), "a", "", null, null, "bc", null, null, Outcome.SUCCESS,
				"s", null, null);

		assertThat(CHAIN.hash(AuditChain.GENESIS, a)).isNotEqualTo(CHAIN.hash(AuditChain.GENESIS, b));
		assertThat(CHAIN.hash(AuditChain.GENESIS, b)).as("empty is not missing")
			.isNotEqualTo(CHAIN.hash(AuditChain.GENESIS, empty));
	}

	@Test
	void without_the_key_nobody_makes_the_same_hash() {
		AuditChain forger = new AuditChain("a guessed key".getBytes(StandardCharsets.UTF_8));

		assertThat(forger.hash(AuditChain.GENESIS, ENTRY)).isNotEqualTo(CHAIN.hash(AuditChain.GENESIS, ENTRY));
	}

}
