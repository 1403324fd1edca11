package org.zhengtong.audit.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.ChainVerification;
import org.zhengtong.audit.ChainVerification.Kind;
import org.zhengtong.platform.DatabaseOwner;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application cannot change the audit log at all, nor can the table's owner through
 * SQL; a superuser who switches the trigger off can, and the verification then names the
 * entry. Each tampering test puts the row back afterwards.
 */
@IntegrationTest
class AuditChainIntegrationTests {

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatabaseOwner owner;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditVerifyCommand command;

	@Test
	void entries_are_chained_and_the_chain_verifies() {
		record("第一条");
		record("第二条");

		ChainVerification result = audit.verify();

		assertThat(result.intact()).isTrue();
		assertThat(result.entries()).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class));
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry a JOIN audit_entry b ON b.id = "
						+ "(SELECT min(id) FROM audit_entry WHERE id > a.id) WHERE b.previous_hash <> a.hash",
				Long.class))
			.as("every entry links to the one before")
			.isZero();
	}

	@Test
	void the_same_event_recorded_twice_is_one_entry() {
		AuditableEvent event = event("重复投递");

		audit.record(event);
		audit.record(event);

		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE event_id = ?", Long.class, event.id()))
			.isOne();
	}

	@Test
	void the_application_has_no_right_to_change_the_log() {
		long id = record("不可修改");

		assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("zhengtong_app");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.update("UPDATE audit_entry SET summary = '改过了' WHERE id = ?", id))
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", id))
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc.execute("TRUNCATE audit_entry"))
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.execute("ALTER TABLE audit_entry DISABLE TRIGGER ALL"))
			.havingRootCause()
			.withMessageContaining("must be owner");
	}

	@Test
	void the_owner_is_stopped_by_the_trigger() {
		long id = record("不可修改");
		JdbcTemplate asOwner = new JdbcTemplate(owner.dataSource());

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> asOwner.update("UPDATE audit_entry SET summary = '改过了' WHERE id = ?", id))
			.havingRootCause()
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> asOwner.update("DELETE FROM audit_entry WHERE id = ?", id))
			.havingRootCause()
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> asOwner.execute("TRUNCATE audit_entry"))
			.havingRootCause()
			.withMessageContaining("append-only");
	}

	@Test
	void an_entry_edited_in_postgresql_is_named_by_the_verification() {
		long first = record("原文甲");
		long edited = record("原文乙");
		record("原文丙");

		ChainVerification result = whileTampered("UPDATE audit_entry SET summary = '篡改后的摘要' WHERE id = " + edited,
				"UPDATE audit_entry SET summary = '原文乙' WHERE id = " + edited);

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBroken()).isEqualTo(edited).isGreaterThan(first);
		assertThat(result.reason()).contains("content does not match");
		assertThat(audit.verify().intact()).as("put back").isTrue();
	}

	@Test
	void a_forger_who_recomputes_the_hash_without_the_key_is_still_found() {
		long edited = record("原文");
		String hash = jdbc.queryForObject("SELECT hash FROM audit_entry WHERE id = ?", String.class, edited);

		ChainVerification result = whileTampered(
				"UPDATE audit_entry SET summary = '篡改', hash = encode(sha256(convert_to('篡改', 'UTF8')), 'hex') WHERE id = "
						+ edited,
				"UPDATE audit_entry SET summary = '原文', hash = '" + hash + "' WHERE id = " + edited);

		assertThat(result.firstBroken()).isEqualTo(edited);
	}

	@Test
	void a_removed_entry_is_named_as_a_gap_and_the_entry_after_it_as_unlinked() {
		record("前");
		long removed = record("被删除");
		long after = record("后");

		ChainVerification result = whileTampered(
				"CREATE TABLE audit_removed AS SELECT * FROM audit_entry WHERE id = " + removed
						+ "; DELETE FROM audit_entry WHERE id = " + removed,
				"INSERT INTO audit_entry OVERRIDING SYSTEM VALUE SELECT * FROM audit_removed; DROP TABLE audit_removed");

		assertThat(result.firstBroken()).isEqualTo(removed);
		assertThat(result.breaks()).anySatisfy((each) -> {
			assertThat(each.kind()).isEqualTo(Kind.GAP);
			assertThat(each.from()).isEqualTo(removed);
			assertThat(each.to()).isEqualTo(removed);
			assertThat(each.reason()).contains("missing");
		}).anySatisfy((each) -> {
			assertThat(each.kind()).isEqualTo(Kind.LINK);
			assertThat(each.from()).isEqualTo(after);
			assertThat(each.reason()).contains("link to the entry before");
		});
		assertThat(audit.verify().intact()).as("put back").isTrue();
	}

	@Test
	void two_separate_edits_are_both_reported_not_only_the_first() {
		long first = record("原文一");
		record("原文二");
		long second = record("原文三");
		record("原文四");

		ChainVerification result = whileTampered(
				"UPDATE audit_entry SET summary = '改一' WHERE id = " + first
						+ "; UPDATE audit_entry SET summary = '改三' WHERE id = " + second,
				"UPDATE audit_entry SET summary = '原文一' WHERE id = " + first
						+ "; UPDATE audit_entry SET summary = '原文三' WHERE id = " + second);

		assertThat(result.breaks()).filteredOn((each) -> each.kind() == Kind.CHANGED)
			.extracting(ChainVerification.Break::from)
			.containsExactly(first, second);
		assertThat(audit.verify().intact()).as("put back").isTrue();
	}

	@Test
	void the_command_exits_1_and_names_each_edit_while_the_log_is_broken() {
		long first = record("命令甲");
		long second = record("命令乙");
		record("命令丙");

		int exitCode = new Tampering(owner).whileTampered(
				"UPDATE audit_entry SET summary = '改甲' WHERE id = " + first
						+ "; UPDATE audit_entry SET summary = '改乙' WHERE id = " + second,
				"UPDATE audit_entry SET summary = '命令甲' WHERE id = " + first
						+ "; UPDATE audit_entry SET summary = '命令乙' WHERE id = " + second,
				() -> command.run(java.util.List.of()));

		assertThat(exitCode).isEqualTo(org.zhengtong.platform.PlatformCommand.FOUND_BROKEN);
		assertThat(command.run(java.util.List.of())).as("put back").isZero();
	}

	@Test
	void entry_ids_are_gap_free_so_a_gap_means_a_removal() {
		long before = record("甲");
		try {
			new TransactionTemplate(transactions).executeWithoutResult((tx) -> {
				record("回滚的");
				tx.setRollbackOnly();
			});
		}
		finally {
			long after = record("乙");
			assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE id BETWEEN ? AND ?", Long.class,
					before, after))
				.as("the rolled-back entry's id is taken again: no gap")
				.isEqualTo(after - before + 1);
		}
	}

	@Test
	void the_auditor_searches_by_actor_action_and_object() {
		String actor = "审计测试-" + java.util.UUID.randomUUID();
		audit.record(
				AuditableEvent.succeeded(Instant.now(), actor, "calendar.day-set", "calendar_day", "2099-01-01", "甲"));
		audit.record(AuditableEvent.succeeded(Instant.now(), actor, "identity.login", null, null, "乙"));

		assertThat(audit.search(new AuditQuery(null, null, actor, null, null, null), 0, 10)).hasSize(2);
		assertThat(audit.search(new AuditQuery(null, null, actor, "calendar.", null, null), 0, 10)).hasSize(1);
		assertThat(audit.search(new AuditQuery(null, null, actor, null, null, "2099-01-01"), 0, 10))
			.extracting((entry) -> entry.summary())
			.containsExactly("甲");
		assertThat(audit.search(new AuditQuery(null, null, actor, "%", null, null), 0, 10)).as("% is no wildcard")
			.isEmpty();
	}

	private ChainVerification whileTampered(String tamper, String repair) {
		return new Tampering(owner).whileTampered(tamper, repair, audit::verify);
	}

	private long record(String summary) {
		AuditableEvent event = event(summary);
		audit.record(event);
		return jdbc.queryForObject("SELECT id FROM audit_entry WHERE event_id = ?", Long.class, event.id());
	}

	private static AuditableEvent event(String summary) {
		return AuditableEvent.succeeded(Instant.now(), "tester", "test.chain", "test", "1", summary);
	}

}
