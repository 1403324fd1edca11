package org.zhengtong.bench;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhengtong.testing.CaptchaAnswers;

/**
 * Letters submitted per second with {@code writers} anonymous writers at once, each
 * letter carrying a 1 MB PDF, through the real public form (GET the form for its CSRF
 * token, one-time submit token and captcha; answer the captcha's text question as a
 * screen-reader user does; POST the multipart form, timed) — against the plain upload of
 * a file of the same size through the {@code files} module by the same number of writers
 * in the same run (the article editor's upload: {@code POST
 * /workbench/articles/revisions/{id}/files}, one draft per writer, timed the same way).
 * Every file has its own content (same size, random bytes after a PDF header), so both
 * paths hash and write it. Run with bench/letters.sh, which starts the platform with the
 * load generator's address exempt from the per-address limit
 * ({@code zhengtong.interaction.guard.exempt-addresses}).
 */
public final class LetterSubmitBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SUBMIT_TOKEN = Pattern.compile("name=\"submitToken\" value=\"([^\"]+)\"");

	private static final Pattern CHANNEL = Pattern.compile("<option value=\"([0-9a-f-]{36})\"");

	private static final int MB = 1024 * 1024;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int writers = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		String editor = args[3];
		String password = args[4];

		System.out.printf("load before: %s%n", load());
		Phase letters = (client, slot, latencies) -> letter(base, client, latencies);
		run(writers, 5, letters, false);
		Result letterResult = run(writers, seconds, letters, true);
		System.out.printf("load after letters: %s%n", load());

		HttpClient editorClient = client(new CookieManager());
		String csrf = login(base, editorClient, editor, password);
		List<Long> drafts = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			drafts.add(draft(base, editorClient, w));
		}
		String token = csrfOf(editorClient
			.send(get(base + "/workbench/articles/revisions/" + drafts.get(0)), HttpResponse.BodyHandlers.ofString())
			.body(), csrf);
		Phase uploads = (client, slot, latencies) -> upload(base, editorClient, drafts.get(slot), token, latencies);
		run(writers, 5, uploads, false);
		Result uploadResult = run(writers, seconds, uploads, true);
		System.out.printf("load after uploads: %s%n", load());

		print("letters", writers, seconds, letterResult);
		print("plain uploads", writers, seconds, uploadResult);
		System.out.printf("letters / plain uploads: %.0f %%%n",
				100 * letterResult.perSecond(seconds) / Math.max(uploadResult.perSecond(seconds), 0.001));
	}

	interface Phase {

		boolean once(HttpClient client, int slot, List<Long> latencies) throws Exception;

	}

	record Result(long done, long failed, List<Long> sorted) {

		double perSecond(int seconds) {
			return done / (double) seconds;
		}

	}

	private static Result run(int writers, int seconds, Phase phase, boolean measured) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<?>> workers = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			int slot = w;
			workers.add(pool.submit(() -> {
				HttpClient client = client(new CookieManager());
				while (System.nanoTime() < end) {
					if (phase.once(client, slot, latencies)) {
						done.incrementAndGet();
					}
					else {
						failed.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return new Result(done.get(), failed.get(), measured ? sorted : List.of());
	}

	/** One anonymous letter with a 1 MB attachment, through the form. */
	private static boolean letter(String base, HttpClient client, List<Long> latencies) throws Exception {
		String page = client
			.send(get(base + "/interaction/letters/new?door=CONSULTATION"), HttpResponse.BodyHandlers.ofString())
			.body();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", find(CSRF, page));
		fields.put("door", "CONSULTATION");
		fields.put("submitToken", find(SUBMIT_TOKEN, page));
		fields.put("title", "关于公交线路调整的咨询");
		fields.put("body", "请问 12 路公交线路何时恢复原线路运行？谢谢。");
		fields.put("topic", "TRANSPORT");
		fields.put("name", "王测试");
		fields.put("phone", "13900000000");
		fields = CaptchaAnswers.with(page, fields);
		Multipart body = new Multipart(fields, "attachments", "材料.pdf", pdf());
		long started = System.nanoTime();
		HttpResponse<Void> response = client.send(body.post(base + "/interaction/letters"),
				HttpResponse.BodyHandlers.discarding());
		latencies.add((System.nanoTime() - started) / 1_000_000);
		return response.statusCode() == 302
				&& response.headers().firstValue("Location").orElse("").contains("/interaction/letters/submitted");
	}

	/** One file of the same size through the editor's upload (files: store and link). */
	private static boolean upload(String base, HttpClient client, long draft, String csrf, List<Long> latencies)
			throws Exception {
		Multipart body = new Multipart(Map.of("_csrf", csrf, "kind", "attachment"), "file", "材料.pdf", pdf());
		HttpRequest request = body.builder(base + "/workbench/articles/revisions/" + draft + "/files")
			.header("X-Requested-With", "fetch")
			.header("X-CSRF-TOKEN", csrf)
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		latencies.add((System.nanoTime() - started) / 1_000_000);
		return response.statusCode() == 200 && response.body().contains("\"link\":\"");
	}

	private static String login(String base, HttpClient client, String username, String password) throws Exception {
		String page = client.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString()).body();
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(find(CSRF, page));
		HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		if (!response.headers().firstValue("Location").orElse("").endsWith("/workbench")) {
			throw new IllegalStateException("Could not sign in as " + username);
		}
		return find(CSRF,
				client.send(get(base + "/workbench/articles/new"), HttpResponse.BodyHandlers.ofString()).body());
	}

	/** A new draft in the editor's first channel; its revision id. */
	private static long draft(String base, HttpClient client, int n) throws Exception {
		String page = client.send(get(base + "/workbench/articles/new"), HttpResponse.BodyHandlers.ofString()).body();
		String form = "channel=" + enc(find(CHANNEL, page)) + "&title=" + enc("基准测试稿件 " + n) + "&body="
				+ enc("<p>基准测试。</p>") + "&_csrf=" + enc(find(CSRF, page));
		HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/workbench/articles"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = response.headers().firstValue("Location").orElse("");
		Matcher id = Pattern.compile("/revisions/([0-9]+)").matcher(location);
		if (!id.find()) {
			throw new IllegalStateException("No draft made: " + response.statusCode() + " " + location);
		}
		return Long.parseLong(id.group(1));
	}

	/** 1 MB that reads as a PDF, different every time. */
	private static byte[] pdf() {
		byte[] content = new byte[MB];
		ThreadLocalRandom.current().nextBytes(content);
		byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(head, 0, content, 0, head.length);
		byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(tail, 0, content, content.length - tail.length, tail.length);
		return content;
	}

	/** A multipart/form-data body: text fields and one file. */
	private record Multipart(Map<String, String> fields, String fileField, String fileName, byte[] file) {

		private static final String BOUNDARY = "----zhengtongbench7d1c";

		HttpRequest post(String uri) {
			return builder(uri).build();
		}

		HttpRequest.Builder builder(String uri) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 4096);
			fields.forEach((name, value) -> write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
					+ name + "\"\r\n\r\n" + value + "\r\n"));
			write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n");
			out.writeBytes(file);
			write(out, "\r\n--" + BOUNDARY + "--\r\n");
			return HttpRequest.newBuilder(URI.create(uri))
				.timeout(Duration.ofSeconds(120))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
		}

		private static void write(ByteArrayOutputStream out, String text) {
			out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

	private static HttpClient client(CookieManager cookies) {
		return HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	private static HttpRequest get(String uri) {
		return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(120)).build();
	}

	private static String csrfOf(String page, String fallback) {
		Matcher token = CSRF.matcher(page);
		return token.find() ? token.group(1) : fallback;
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("Not on the page: " + pattern);
		}
		return matcher.group(1);
	}

	private static void print(String what, int writers, int seconds, Result result) {
		System.out.printf("%s: %d writers, %d s: %.1f/s, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms, failed %d%n", what,
				writers, seconds, result.perSecond(seconds), percentile(result.sorted(), 50),
				percentile(result.sorted(), 95), percentile(result.sorted(), 99),
				result.sorted().isEmpty() ? 0 : result.sorted().get(result.sorted().size() - 1), result.failed());
	}

	private static long percentile(List<Long> sorted, int percent) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
	}

	private static String load() throws Exception {
		return Files.readString(Path.of("/proc/loadavg")).strip();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
