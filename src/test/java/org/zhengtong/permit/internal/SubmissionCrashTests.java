package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengtong.ZhengtongApplication;
import org.zhengtong.bench.PermitApplicant;

/**
 * {@code kill -9} during submissions with attachments (issue 19, "Must show"): the
 * platform runs in a JVM of its own (the demo, on a data directory of this test), eight
 * demo citizens send complete applications (answers and a file per material, 2 MB each)
 * again and again, and the JVM is killed with SIGKILL while they are in flight. The
 * platform is started again on the same directory (it stops the PostgreSQL server the
 * killed JVM left running), and then every application is either a numbered case with
 * every material, whose files download with the bytes sent, or a draft its applicant
 * opens and submits; no case lacks a material, no form made two cases, every answer the
 * applicants saw as submitted is a case.
 */
class SubmissionCrashTests {

	static final int APPLICANTS = 8;

	static final int BYTES = 2 * 1024 * 1024;

	@TempDir
	Path work;

	Process platform;

	@AfterEach
	void stop() throws Exception {
		if (platform != null && platform.isAlive()) {
			platform.destroy();
			if (!platform.waitFor(60, TimeUnit.SECONDS)) {
				platform.destroyForcibly();
			}
		}
		// a server left by a JVM that did not stop is stopped by its pid, never by name
		postmaster().ifPresent(ProcessHandle::destroy);
	}

	@Test
	void kill_9_during_submissions_leaves_whole_cases_or_drafts_to_submit_never_a_case_without_materials_nor_two()
			throws Exception {
		int port = freePort();
		String base = "http://127.0.0.1:" + port;
		platform = start(port, "first");
		String code = new PermitApplicant(base).signIn("citizen001", "Qinchuan@2026").firstItem(2);

		// Every form sent: its submit token → the files sent with it (by material input).
		Map<String, Map<String, byte[]>> sent = new ConcurrentHashMap<>();
		Set<String> answeredSubmitted = ConcurrentHashMap.newKeySet();
		AtomicInteger cut = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService applicants = Executors.newFixedThreadPool(APPLICANTS);
		for (int a = 1; a <= APPLICANTS; a++) {
			String username = String.format("citizen%03d", a);
			applicants.submit(() -> {
				PermitApplicant applicant = new PermitApplicant(base).signIn(username, "Qinchuan@2026");
				while (!killed.get()) {
					PermitApplicant.Form form = applicant.form(code);
					List<PermitApplicant.Upload> files = PermitApplicant.files(form, BYTES);
					Map<String, byte[]> contents = new HashMap<>();
					files.forEach((file) -> contents.put(file.input(), file.content()));
					sent.put(form.submitToken(), contents);
					try {
						HttpResponse<String> answer = applicant.send(form, files, true, null);
						if (answer.statusCode() == 302 && answer.headers()
							.firstValue("Location")
							.orElse("")
							.endsWith("/services/applications/submitted")) {
							answeredSubmitted.add(form.submitToken());
						}
					}
					catch (IOException inFlight) {
						cut.incrementAndGet();
						return null;
					}
				}
				return null;
			});
		}
		// Until a few applications are through (at most 5 minutes: the assertions below
		// say
		// what a slower run got), then in the middle of the next ones, at a moment that
		// differs from run to run.
		try {
			await().atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> answeredSubmitted.size() >= APPLICANTS);
		}
		catch (ConditionTimeoutException slow) {
			// kill anyway: some may be through, others in flight
		}
		Thread.sleep(300 + (long) (Math.random() * 700));
		killed.set(true);
		platform.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no cleanup
		assertThat(platform.waitFor(30, TimeUnit.SECONDS)).isTrue();
		applicants.shutdown();
		assertThat(applicants.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		assertThat(answeredSubmitted).as("applications through before the kill").isNotEmpty();
		assertThat(cut.get()).as("requests the kill cut off in flight").isPositive();

		platform = start(port, "second");
		try (Connection db = database()) {
			Map<String, String> usernames = usernames(db);
			List<Map<String, Object>> cases = rows(db,
					"SELECT c.id, c.number, c.state, c.submit_token, c.casework_case_id, c.applicant_account_id, "
							+ "(SELECT count(*) FROM permit_case_material m WHERE m.case_id = c.id AND NOT m.replaced) AS materials "
							+ "FROM permit_case c JOIN permit_item i ON i.id = c.item_id WHERE i.code = '" + code
							+ "'");
			int perForm = sent.values().iterator().next().size();
			List<Map<String, Object>> numbered = cases.stream().filter((c) -> c.get("number") != null).toList();
			List<Map<String, Object>> drafts = cases.stream().filter((c) -> c.get("number") == null).toList();
			// Never a case missing materials; never two for one form; every form answered
			// as
			// submitted is a case.
			assertThat(numbered).as("numbered cases")
				.allSatisfy((c) -> assertThat(((Number) c.get("materials")).intValue()).isEqualTo(perForm))
				.allSatisfy((c) -> assertThat(c.get("state")).isEqualTo("SUBMITTED"))
				.allSatisfy((c) -> assertThat(c.get("casework_case_id")).isNotNull());
			assertThat(cases).as("one row at most for each form sent").hasSizeLessThanOrEqualTo(sent.size());
			assertThat(numbered.stream().map((c) -> c.get("submit_token")).distinct().count())
				.isEqualTo(numbered.size());
			assertThat(numbered).hasSizeGreaterThanOrEqualTo(answeredSubmitted.size());
			assertThat(drafts).as("drafts").allSatisfy((c) -> assertThat(c.get("state")).isEqualTo("DRAFT"));
			assertThat(rows(db,
					"SELECT c.id FROM permit_case c JOIN casework_case k ON k.subject_id = c.id::text AND k.type = 'permit.case' "
							+ "WHERE c.number IS NULL"))
				.as("a draft with a core case")
				.isEmpty();

			// Every material of every case downloads, as its applicant, with the bytes
			// sent
			// for it (a numbered case: by its form's token; a draft: among those sent).
			Map<String, String> forms = new HashMap<>();
			sent.keySet().forEach((token) -> forms.put(ApplicationCodes.tokenHash(token), token));
			Map<String, PermitApplicant> signedIn = new HashMap<>();
			Set<String> digests = digests(sent);
			for (Map<String, Object> one : cases) {
				String username = usernames.get(String.valueOf(one.get("applicant_account_id")));
				PermitApplicant applicant = signedIn.computeIfAbsent(username, (name) -> signIn(base, name));
				Map<String, byte[]> form = one.get("submit_token") == null ? null
						: sent.get(forms.get(String.valueOf(one.get("submit_token"))));
				if (one.get("number") != null) {
					assertThat(form).as("the form of case " + one.get("number")).isNotNull();
				}
				for (Map<String, Object> material : rows(db,
						"SELECT material, file_link FROM permit_case_material WHERE NOT replaced AND case_id = "
								+ one.get("id"))) {
					byte[] content = applicant.download("/files/" + material.get("file_link"));
					assertThat(content).as("material of case " + one.get("id")).isNotNull();
					if (form != null) {
						assertThat(sha256(content))
							.as("material " + material.get("material") + " of " + one.get("number"))
							.isEqualTo(sha256(form.get("material-" + material.get("material"))));
					}
					else {
						assertThat(digests).contains(sha256(content));
					}
				}
			}
			// A draft is offered to its applicant and submitted as it is.
			for (Map<String, Object> draft : drafts) {
				String username = usernames.get(String.valueOf(draft.get("applicant_account_id")));
				PermitApplicant applicant = signedIn.computeIfAbsent(username, (name) -> signIn(base, name));
				assertThat(applicant.get("/services/items/" + code + "/apply?draft=" + draft.get("id")).statusCode())
					.isEqualTo(200);
				PermitApplicant.Form form = applicant.form(code);
				HttpResponse<String> resumed = applicant.send(form, List.of(), true,
						((Number) draft.get("id")).longValue());
				assertThat(resumed.headers().firstValue("Location").orElse(""))
					.as("draft " + draft.get("id") + " submitted: " + resumed.statusCode())
					.endsWith("/services/applications/submitted");
				Map<String, Object> after = rows(db,
						"SELECT number, (SELECT count(*) FROM permit_case_material m WHERE m.case_id = c.id AND NOT m.replaced) AS materials "
								+ "FROM permit_case c WHERE id = " + draft.get("id"))
					.get(0);
				assertThat(after.get("number")).isNotNull();
				assertThat(((Number) after.get("materials")).intValue()).isEqualTo(perForm);
			}
			System.out.printf(
					"kill -9: %d forms sent, %d answered submitted, %d cut in flight; after restart %d cases, "
							+ "%d drafts (submitted again)%n",
					sent.size(), answeredSubmitted.size(), cut.get(), numbered.size(), drafts.size());
		}
	}

	/**
	 * The platform (the demo, without its year of letters) in a JVM of its own, on this
	 * test's data directory.
	 */
	private Process start(int port, String run) throws Exception {
		Path log = work.resolve("platform-" + run + ".log");
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-Djava.io.tmpdir=" + work.resolve("tmp"), "-cp", System.getProperty("java.class.path"),
				ZhengtongApplication.class.getName(), "--server.address=127.0.0.1", "--server.port=" + port,
				"--zhengtong.tls.port=0", "--spring.main.banner-mode=off",
				// the demo's years of letters and of permit cases (minutes on a loaded
				// machine) are not what is tested here
				"--zhengtong.demo.interaction-year=false", "--zhengtong.demo.permit-year=false"))
			.directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		platform = process;
		Files.createDirectories(work.resolve("tmp"));
		HttpClient client = HttpClient.newHttpClient();
		// seconds on a quiet machine; minutes when other builds share the cores
		try {
			await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250)).until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("The platform stopped:\n" + tail(log));
				}
				return healthy(client, port);
			});
		}
		catch (ConditionTimeoutException slow) {
			throw new IllegalStateException("The platform did not start:\n" + tail(log), slow);
		}
		return process;
	}

	/**
	 * Whether the platform answers UP on its health endpoint (not yet while it starts).
	 */
	private static boolean healthy(HttpClient client, int port) throws InterruptedException {
		try {
			HttpResponse<String> health = client
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
			return health.body().contains("UP");
		}
		catch (IOException notYet) {
			return false;
		}
	}

	/** As the owner, on the embedded server the second run started. */
	private Connection database() throws Exception {
		List<String> pid = Files.readAllLines(work.resolve("data/postgres/postmaster.pid"));
		String password = Files.readString(work.resolve("data/secrets/database-owner-password")).strip();
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/zhengtong",
				"postgres", password);
	}

	private java.util.Optional<ProcessHandle> postmaster() {
		try {
			return ProcessHandle
				.of(Long.parseLong(Files.readAllLines(work.resolve("data/postgres/postmaster.pid")).get(0).strip()));
		}
		catch (IOException | RuntimeException none) {
			return java.util.Optional.empty();
		}
	}

	/** The demo citizens' usernames by account id. */
	private static Map<String, String> usernames(Connection db) throws Exception {
		Map<String, String> found = new HashMap<>();
		for (Map<String, Object> row : rows(db,
				"SELECT username, id FROM identity_account WHERE username LIKE 'citizen0%'")) {
			found.put(row.get("id").toString(), (String) row.get("username"));
		}
		return found;
	}

	private static PermitApplicant signIn(String base, String username) {
		try {
			return new PermitApplicant(base).signIn(username, "Qinchuan@2026");
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
	}

	private static List<Map<String, Object>> rows(Connection db, String sql) throws Exception {
		List<Map<String, Object>> rows = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				Map<String, Object> row = new HashMap<>();
				for (int i = 1; i <= columns; i++) {
					row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
				}
				rows.add(row);
			}
		}
		return rows;
	}

	private static Set<String> digests(Map<String, Map<String, byte[]>> sent) {
		Set<String> digests = Collections.newSetFromMap(new ConcurrentHashMap<>());
		sent.values().forEach((files) -> files.values().forEach((content) -> digests.add(sha256(content))));
		return digests;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (Exception impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
