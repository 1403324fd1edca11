package org.zhengtong.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 网上申报 per second with {@code applicants} citizens at once, each application carrying 2
 * MB of attachments split over the item's materials, through the real form (GET the form
 * for its tokens, POST the multipart form with {@code action=submit}: draft and materials
 * saved, then the submission with its 办件编号 — timed from the POST to its answer) — against
 * the plain upload of the same files through the {@code files} module by as many
 * uploaders in the same run (the article editor's upload, one request per file, one
 * application's files timed together). Run with bench/permit-submissions.sh.
 */
public final class PermitSubmitBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CHANNEL = Pattern.compile("<option value=\"([0-9a-f-]{36})\"");

	private static final int BYTES = 2 * 1024 * 1024;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int applicants = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		String editor = args[3];
		String password = args[4];
		int citizens = 29;

		PermitApplicant first = new PermitApplicant(base).signIn("citizen001", password);
		String code = first.firstItem(2);
		int materials = first.form(code).materials().size();
		System.out.printf("item %s, %d materials, %d bytes per application%n", code, materials, BYTES);
		System.out.printf("load before: %s%n", load());
		List<PermitApplicant> people = new ArrayList<>();
		for (int a = 0; a < applicants; a++) {
			people.add(new PermitApplicant(base).signIn(String.format("citizen%03d", 1 + a % citizens), password));
		}
		Phase submissions = (slot, latencies) -> {
			PermitApplicant applicant = people.get(slot);
			PermitApplicant.Form form = applicant.form(code);
			List<PermitApplicant.Upload> files = PermitApplicant.files(form, BYTES);
			long started = System.nanoTime();
			HttpResponse<String> answer = applicant.send(form, files, true, null);
			latencies.add((System.nanoTime() - started) / 1_000_000);
			return answer.statusCode() == 302
					&& answer.headers().firstValue("Location").orElse("").endsWith("/services/applications/submitted");
		};
		run(applicants, 5, submissions);
		Result submitted = run(applicants, seconds, submissions);
		System.out.printf("load after submissions: %s%n", load());

		PermitApplicant uploader = new PermitApplicant(base).signIn(editor, password);
		List<Long> drafts = new ArrayList<>();
		for (int a = 0; a < applicants; a++) {
			drafts.add(draft(base, uploader, a));
		}
		String csrf = csrf(uploader.get("/workbench/articles/revisions/" + drafts.get(0)).body());
		PermitApplicant.Form shape = first.form(code);
		Phase uploads = (slot, latencies) -> {
			boolean all = true;
			List<PermitApplicant.Upload> files = PermitApplicant.files(shape, BYTES);
			long started = System.nanoTime();
			for (PermitApplicant.Upload file : files) {
				HttpRequest request = uploader.multipart("/workbench/articles/revisions/" + drafts.get(slot) + "/files",
						Map.of("_csrf", csrf, "kind", "attachment"),
						List.of(new PermitApplicant.Upload("file", file.fileName(), file.content())));
				HttpResponse<String> response = uploader.client()
					.send(HttpRequest.newBuilder(request, (name, value) -> !"X-CSRF-TOKEN".equals(name))
						.header("X-Requested-With", "fetch")
						.header("X-CSRF-TOKEN", csrf)
						.build(), HttpResponse.BodyHandlers.ofString());
				all &= response.statusCode() == 200 && response.body().contains("\"link\":\"");
			}
			latencies.add((System.nanoTime() - started) / 1_000_000);
			return all;
		};
		run(applicants, 5, uploads);
		Result uploaded = run(applicants, seconds, uploads);
		System.out.printf("load after uploads: %s%n", load());

		print("submissions (form + " + materials + " materials, 2 MB)", applicants, seconds, submitted);
		print("plain uploads (the same " + materials + " files, 2 MB)", applicants, seconds, uploaded);
		System.out.printf("submissions / plain uploads: %.0f %%%n",
				100 * submitted.perSecond(seconds) / Math.max(uploaded.perSecond(seconds), 0.001));
	}

	interface Phase {

		boolean once(int slot, List<Long> latencies) throws Exception;

	}

	record Result(long done, long failed, List<Long> sorted) {

		double perSecond(int seconds) {
			return done / (double) seconds;
		}

	}

	private static Result run(int workers, int seconds, Phase phase) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		List<Future<?>> running = new ArrayList<>();
		for (int w = 0; w < workers; w++) {
			int slot = w;
			running.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					if (phase.once(slot, latencies)) {
						done.incrementAndGet();
					}
					else {
						failed.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : running) {
			worker.get();
		}
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return new Result(done.get(), failed.get(), sorted);
	}

	/** A new draft in the editor's first channel; its revision id. */
	private static long draft(String base, PermitApplicant editor, int n) throws Exception {
		String page = editor.get("/workbench/articles/new").body();
		String form = "channel=" + enc(find(CHANNEL, page)) + "&title=" + enc("基准测试稿件 " + n) + "&body="
				+ enc("<p>基准测试。</p>") + "&_csrf=" + enc(csrf(page));
		HttpResponse<Void> response = editor.client()
			.send(HttpRequest.newBuilder(URI.create(base + "/workbench/articles"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
		Matcher id = Pattern.compile("/revisions/([0-9]+)")
			.matcher(response.headers().firstValue("Location").orElse(""));
		if (!id.find()) {
			throw new IllegalStateException("No draft made: " + response.statusCode());
		}
		return Long.parseLong(id.group(1));
	}

	private static String csrf(String page) {
		return find(CSRF, page);
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("Not on the page: " + pattern);
		}
		return matcher.group(1);
	}

	private static void print(String what, int workers, int seconds, Result result) {
		System.out.printf("%s: %d at once, %d s: %.2f/s, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms, failed %d%n", what,
				workers, seconds, result.perSecond(seconds), percentile(result.sorted(), 50),
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
