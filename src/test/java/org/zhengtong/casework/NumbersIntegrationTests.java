package org.zhengtong.casework;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Gap-free numbers on real PostgreSQL: many takers at once get every number exactly once,
 * a rolled-back take gives its number back, each year starts at 1, and a reserved number
 * that is voided stays in the register with its reason while the sequence goes on.
 */
@IntegrationTest
class NumbersIntegrationTests {

	/**
	 * The tests' connection pool has 5 connections (application-test.yml); one is left
	 * free.
	 */
	static final int THREADS = 4;

	@Autowired
	Numbers numbers;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void a_thousand_numbers_taken_in_parallel_are_one_to_a_thousand_without_gap_or_duplicate() throws Exception {
		String scope = scope("interaction.request");
		numbers.define(scope, null, "{year}-{n:7}", "admin");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<IssuedNumber>> taken = new ArrayList<>();
		try {
			for (int i = 0; i < 1000; i++) {
				String record = "request-" + i;
				taken.add(pool.submit(() -> {
					start.await();
					return transaction.execute((status) -> numbers.take(scope, record, "xiaoliu"));
				}));
			}
			start.countDown();
			List<Long> sequences = new ArrayList<>();
			List<String> written = new ArrayList<>();
			for (Future<IssuedNumber> number : taken) {
				IssuedNumber issued = number.get(60, TimeUnit.SECONDS);
				sequences.add(issued.sequence());
				written.add(issued.number());
			}

			int year = clock.instant().atZone(clock.getZone()).getYear();
			assertThat(sequences).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 1000).boxed().toList());
			assertThat(written).doesNotHaveDuplicates().contains(year + "-0000001", year + "-0001000");
			assertThat(numbers.register(scope, year)).extracting(IssuedNumber::sequence)
				.containsExactlyElementsOf(LongStream.rangeClosed(1, 1000).boxed().toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void a_number_taken_in_a_transaction_that_rolls_back_is_given_to_the_next_taker() {
		String scope = scope("秦政办发");
		numbers.define(scope, "秦政办发", "{prefix}〔{year}〕{n}号", "admin");
		clock.set(LocalDateTime.of(2026, 6, 1, 10, 0));

		assertThat(taken(scope, "doc-1").number()).isEqualTo("秦政办发〔2026〕1号");
		transaction.executeWithoutResult((status) -> {
			assertThat(numbers.take(scope, "doc-2", "zhaomin").number()).isEqualTo("秦政办发〔2026〕2号");
			status.setRollbackOnly();
		});
		IssuedNumber next = taken(scope, "doc-3");

		assertThat(next.number()).as("the rolled-back 2 is handed out again").isEqualTo("秦政办发〔2026〕2号");
		assertThat(numbers.register(scope, 2026)).extracting(IssuedNumber::number, IssuedNumber::recordId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("秦政办发〔2026〕1号", "doc-1"),
					org.assertj.core.groups.Tuple.tuple("秦政办发〔2026〕2号", "doc-3"));
	}

	@Test
	void taking_a_number_outside_a_transaction_is_refused_and_costs_no_number() {
		String scope = scope("permit.case");
		numbers.define(scope, null, "{year}-{n:7}", "admin");
		clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));

		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> numbers.take(scope, null, "xiaoliu"));

		assertThat(taken(scope, null).number()).isEqualTo("2026-0000001");
	}

	@Test
	void a_new_year_starts_again_at_one() {
		String scope = scope("秦政发");
		numbers.define(scope, "秦政发", "{prefix}〔{year}〕{n}号", "admin");
		clock.set(LocalDateTime.of(2026, 12, 31, 23, 58));
		transaction.executeWithoutResult((status) -> numbers.take(scope, null, "zhaomin"));
		assertThat(taken(scope, null).number()).isEqualTo("秦政发〔2026〕2号");

		clock.advance(Duration.ofMinutes(3));

		assertThat(taken(scope, null).number()).as("1 January 2027 in Beijing").isEqualTo("秦政发〔2027〕1号");
		assertThat(numbers.register(scope, 2026)).hasSize(2);
		assertThat(numbers.register(scope, 2027)).extracting(IssuedNumber::sequence).containsExactly(1L);
	}

	@Test
	void a_reserved_number_voided_with_a_reason_stays_in_the_register_and_the_sequence_goes_on() {
		String scope = scope("秦政办函");
		numbers.define(scope, "秦政办函", "{prefix}〔{year}〕{n}号", "admin");
		clock.set(LocalDateTime.of(2026, 9, 18, 9, 0));

		IssuedNumber first = numbers.reserve(scope, "zhaomin");
		IssuedNumber second = numbers.reserve(scope, "zhaomin");
		assertThat(first.number()).isEqualTo("秦政办函〔2026〕1号");
		assertThat(first.status()).isEqualTo(NumberStatus.RESERVED);

		numbers.voidReserved(first.id(), "文件撤销，不再印发", "zhaomin");
		numbers.use(second.id(), "document-42", "zhaomin");
		IssuedNumber third = taken(scope, "document-43");

		assertThat(third.number()).as("the voided 1 is not handed out again").isEqualTo("秦政办函〔2026〕3号");
		assertThat(numbers.register(scope, 2026))
			.extracting(IssuedNumber::number, IssuedNumber::status, IssuedNumber::reason, IssuedNumber::recordId)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("秦政办函〔2026〕1号", NumberStatus.VOIDED, "文件撤销，不再印发", null),
					org.assertj.core.groups.Tuple.tuple("秦政办函〔2026〕2号", NumberStatus.USED, null, "document-42"),
					org.assertj.core.groups.Tuple.tuple("秦政办函〔2026〕3号", NumberStatus.TAKEN, null, "document-43"));
		// recorded by the audit listener after the commit, in another thread
		await().atMost(Duration.ofSeconds(10))
			.until(() -> audited("casework.number-voided", first.id(), "SUCCESS") == 1);
	}

	@Test
	void a_voided_number_cannot_be_used_or_voided_again_and_the_refusal_is_audited() {
		String scope = scope("秦政办字");
		numbers.define(scope, "秦政办字", "{prefix}〔{year}〕{n}号", "admin");
		IssuedNumber reserved = numbers.reserve(scope, "zhaomin");

		assertThatExceptionOfType(NumberRefused.class)
			.isThrownBy(() -> numbers.voidReserved(reserved.id(), "  ", "zhaomin"))
			.satisfies(
					(refused) -> assertThat(refused.messageKey()).isEqualTo("casework.numbers.refused.reasonMissing"));
		numbers.voidReserved(reserved.id(), "重复预留", "zhaomin");

		assertThatExceptionOfType(NumberRefused.class)
			.isThrownBy(() -> numbers.use(reserved.id(), "document-7", "zhaomin"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("casework.numbers.refused.notReserved"));
		assertThat(numbers.register(scope, reserved.year())).singleElement()
			.satisfies((entry) -> assertThat(entry.status()).isEqualTo(NumberStatus.VOIDED))
			.satisfies((entry) -> assertThat(entry.reason()).isEqualTo("重复预留"));
		assertThat(audited("casework.number-used", reserved.id(), "DENIED")).isOne();
	}

	@Test
	void a_counter_with_a_bad_pattern_or_without_its_prefix_is_not_defined() {
		String scope = scope("bad");

		assertThatExceptionOfType(NumberRefused.class)
			.isThrownBy(() -> numbers.define(scope, null, "{year}-{n}-{n}", "admin"));
		assertThatExceptionOfType(NumberRefused.class)
			.isThrownBy(() -> numbers.define(scope, null, "{prefix}〔{year}〕{n}号", "admin"))
			.satisfies(
					(refused) -> assertThat(refused.messageKey()).isEqualTo("casework.numbers.refused.prefixMissing"));
		assertThat(numbers.scopes()).doesNotContain(scope);
		assertThatExceptionOfType(NumberRefused.class).isThrownBy(() -> numbers.reserve(scope, "zhaomin"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("casework.numbers.refused.noCounter"));
	}

	private IssuedNumber taken(String scope, @Nullable String record) {
		IssuedNumber taken = transaction.execute((status) -> numbers.take(scope, record, "zhaomin"));
		assertThat(taken).isNotNull();
		return taken;
	}

	private long audited(String action, long id, String outcome) {
		return jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = ? AND object_id = ? AND outcome = ?", Long.class,
				action, String.valueOf(id), outcome);
	}

	private static String scope(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8);
	}

}
