package org.zhengtong.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Password logins per second and their latency with {@code users} visitors at once, each
 * logging in again and again through the real form (new session, GET /login for the
 * token, POST /login), against a running platform; then the raw Argon2 rate of this
 * machine with as many threads as cores, so the login rate can be read as a share of what
 * hashing allows. Run with bench/login.sh.
 */
public final class LoginLoadBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int users = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		String username = args[3];
		String password = args[4];

		run(base, users, 5, username, password, new ArrayList<>());
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong failures = new AtomicLong();
		long count = run(base, users, seconds, username, password, latencies, failures);
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		double perSecond = count / (double) seconds;
		System.out.printf(
				"logins: %d users, %d s: %.1f logins/s, p50 %d ms, p90 %d ms, p99 %d ms, max %d ms, failed %d%n", users,
				seconds, perSecond, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
				sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), failures.get());

		double hashes = rawArgon2(Runtime.getRuntime().availableProcessors(), 10);
		System.out.printf("raw Argon2 (Spring v5.8 defaults), %d threads: %.1f hashes/s%n",
				Runtime.getRuntime().availableProcessors(), hashes);
		System.out.printf("logins / raw hash rate: %.0f %%%n", 100 * perSecond / hashes);
	}

	private static long run(String base, int users, int seconds, String username, String password, List<Long> latencies)
			throws Exception {
		return run(base, users, seconds, username, password, latencies, new AtomicLong());
	}

	private static long run(String base, int users, int seconds, String username, String password, List<Long> latencies,
			AtomicLong failures) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong done = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		List<Future<?>> workers = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			workers.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					HttpClient client = HttpClient.newBuilder()
						.cookieHandler(new CookieManager())
						.followRedirects(HttpClient.Redirect.NEVER)
						.build();
					String page = client
						.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
								HttpResponse.BodyHandlers.ofString())
						.body();
					Matcher token = CSRF.matcher(page);
					token.find();
					String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf="
							+ enc(token.group(1));
					long started = System.nanoTime();
					HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.timeout(Duration.ofSeconds(60))
						.POST(HttpRequest.BodyPublishers.ofString(form))
						.build(), HttpResponse.BodyHandlers.discarding());
					latencies.add((System.nanoTime() - started) / 1_000_000);
					boolean ok = response.headers().firstValue("Location").orElse("").endsWith("/workbench");
					if (ok) {
						done.incrementAndGet();
					}
					else {
						failures.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		return done.get();
	}

	private static double rawArgon2(int threads, int seconds) throws Exception {
		Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		String hash = encoder.encode("Qinchuan@2026");
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong count = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			workers.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					encoder.matches("Qinchuan@2026", hash);
					count.incrementAndGet();
				}
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		return count.get() / (double) seconds;
	}

	private static long percentile(List<Long> sorted, int percent) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
