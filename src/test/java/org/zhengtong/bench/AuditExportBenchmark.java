package org.zhengtong.bench;

import java.time.Duration;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.zhengtong.ZhengtongApplication;
import org.zhengtong.platform.DatabaseOwner;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobView;
import org.zhengtong.platform.SpreadsheetExports;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit log's Excel export of N entries (default 10^5) as the auditor starts it
 * ({@code GET /admin/audit/export.xlsx}: above the threshold it runs as a job), timed to
 * the job's end, with the heap's peak over the run and the file's size. The entries are
 * inserted by SQL as the owner (a throw-away database: their chain is not computed). Not
 * a test: run it with bench/audit-export.sh.
 */
public final class AuditExportBenchmark {

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengtongApplication.class)
			.profiles("test")
			.properties("server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off")
			.run(java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length))) {
			JdbcTemplate owner = new JdbcTemplate(context.getBean(DatabaseOwner.class).dataSource());
			long started = System.nanoTime();
			owner.update(
					"""
							INSERT INTO audit_entry (id, event_id, occurred_at, recorded_at, actor, address, action, object_type,
							    object_id, outcome, summary, previous_hash, hash)
							OVERRIDING SYSTEM VALUE
							SELECT (SELECT coalesce(max(id), 0) FROM audit_entry) + n, gen_random_uuid(), now() - n * interval '1 second', now(), 'bench-' || (n % 50),
							    '10.0.' || (n % 250) || '.' || (n % 200), 'bench.export', 'article', n::text,
							    CASE WHEN n % 10 = 0 THEN 'DENIED' ELSE 'SUCCESS' END,
							    '基准测试第 ' || n || ' 条：设置 2026-10-01 为放假（国庆节），审核通过并发布', repeat('0', 64), repeat('0', 64)
							FROM generate_series(1, ?) AS n""",
					rows);
			System.out.printf("inserted %,d audit entries in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
				.apply(springSecurity())
				.build();
			JobManagement jobs = context.getBean(JobManagement.class);
			SpreadsheetExports exports = context.getBean(SpreadsheetExports.class);

			System.gc();
			long baseline = heapUsed();
			resetPeaks();
			String auditor = "bench-auditor-" + UUID.randomUUID();
			started = System.nanoTime();
			MvcResult result = mvc
				.perform(get("/admin/audit/export.xlsx?action=bench.")
					.with(user(auditor).authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "audit.read"))))
				.andReturn();
			String location = result.getResponse().getRedirectedUrl();
			if (location == null || !location.startsWith("/workbench/jobs/")) {
				throw new IllegalStateException("Expected a job, got " + result.getResponse().getStatus());
			}
			UUID id = UUID.fromString(location.substring("/workbench/jobs/".length()));
			JobView job = await().atMost(Duration.ofMinutes(30))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> jobs.find(id, auditor).orElseThrow(), (found) -> found.status().finished());
			double seconds = (System.nanoTime() - started) / 1e9;
			long peak = peakHeap();
			long size = exports.file(id, auditor).orElseThrow().size();
			System.out.printf("%s: %,d of %,d rows, %.1f s (%,.0f rows/s), file %,d bytes%n", job.status(), job.done(),
					job.total(), seconds, job.done() / seconds, size);
			System.out.printf("heap: %,d MB in use before (after GC), peak %,d MB during the export (max %,d MB)%n",
					baseline >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
		}
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/**
	 * The sum of the heap pools' peaks since {@link #resetPeaks} (an upper bound, garbage
	 * included).
	 */
	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

}
