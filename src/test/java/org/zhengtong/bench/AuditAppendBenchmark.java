package org.zhengtong.bench;

import java.time.Instant;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.ZhengtongApplication;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.platform.DatabaseOwner;

/**
 * Audit appends per second through AuditManagement.record (advisory lock, last hash,
 * HMAC, insert, one transaction each) against the same rows inserted into a copy of the
 * table without the chain, with the same number of threads, in one run. Not a test: run
 * it with bench/audit-append.sh.
 */
public final class AuditAppendBenchmark {

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengtongApplication.class)
			.profiles("test")
			.properties("server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off",
					"spring.datasource.hikari.maximum-pool-size=" + (threads + 2))
			.run(java.util.Arrays.copyOfRange(args, Math.min(2, args.length), args.length))) {
			AuditManagement audit = context.getBean(AuditManagement.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			// Created by the owner; the application's role inserts into it like into
			// audit_entry.
			JdbcTemplate owner = new JdbcTemplate(context.getBean(DatabaseOwner.class).dataSource());
			owner.execute("CREATE TABLE IF NOT EXISTS bench_audit_plain (LIKE audit_entry INCLUDING DEFAULTS)");
			owner.execute("ALTER TABLE bench_audit_plain ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY");

			run("warm-up, chained", 2_000, threads, (i) -> audit.record(event(i)));
			run("warm-up, plain", 2_000, threads, (i) -> plain(jdbc, i));
			double chained = run("chained (lock + HMAC + insert, one transaction each)", rows, threads,
					(i) -> audit.record(event(i)));
			double plain = run("plain insert, same columns, no chain", rows, threads, (i) -> plain(jdbc, i));
			System.out.printf("chained / plain: %.0f %%%n", 100 * chained / plain);
			System.out.println("verify: " + audit.verify());
			owner.execute("DROP TABLE bench_audit_plain");
		}
	}

	private static AuditableEvent event(int i) {
		return AuditableEvent.succeeded(Instant.now(), "bench", "bench.append", "bench", Integer.toString(i),
				"基准测试第 " + i + " 条：设置 2026-10-01 为放假（国庆节）");
	}

	private static void plain(JdbcTemplate jdbc, int i) {
		jdbc.update(
				"""
						INSERT INTO bench_audit_plain (event_id, occurred_at, recorded_at, actor, action, object_type, object_id,
						    outcome, summary, previous_hash, hash)
						VALUES (?, now(), now(), 'bench', 'bench.append', 'bench', ?, 'SUCCESS', ?, ?, ?)""",
				UUID.randomUUID(), Integer.toString(i), "基准测试第 " + i + " 条：设置 2026-10-01 为放假（国庆节）", "0".repeat(64),
				"0".repeat(64));
	}

	private static double run(String name, int rows, int threads, Parallel.Step append) throws Exception {
		return Parallel.run(name, rows, threads, append);
	}

}
