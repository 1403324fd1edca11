package org.zhengtong.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An applicant on the running platform over HTTP, as a browser sends it: signs in at
 * {@code /login} with a public account, finds an item it may apply for online, reads the
 * item's form (CSRF token, one-time submit token, every field and material input), and
 * sends the whole application in one multipart POST — answers filled by the field's kind,
 * one file per material — with {@code action=submit}. Used by the submission benchmark
 * and the {@code kill -9} test.
 */
public final class PermitApplicant {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SUBMIT_TOKEN = Pattern.compile("name=\"submitToken\" value=\"([^\"]+)\"");

	private static final Pattern ITEM = Pattern.compile("href=\"/services/items/([A-Za-z0-9-]+)\"");

	private static final Pattern INPUT = Pattern.compile("<(input|textarea)\\b([^>]*)>");

	private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

	private static final String BOUNDARY = "----zhengtongpermit5e2b";

	private final String base;

	private final HttpClient client;

	private String csrf = "";

	public PermitApplicant(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(30))
			.build();
	}

	/** The form of an item: what to send, read from the page. */
	public record Form(String code, String csrf, String submitToken, Map<String, String> answers,
			List<String> materials) {
	}

	/** A file for a material input. */
	public record Upload(String input, String fileName, byte[] content) {
	}

	/** Signs in with a public account's password. */
	public PermitApplicant signIn(String username, String password) throws IOException, InterruptedException {
		String page = get("/login").body();
		HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(find(CSRF, page))))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + location);
		}
		return this;
	}

	/**
	 * The code of the first item on the 办事服务 pages whose online form answers this
	 * applicant, with at least {@code materials} materials.
	 */
	public String firstItem(int materials) throws IOException, InterruptedException {
		Set<String> codes = new LinkedHashSet<>();
		for (int page = 0; page < 10 && codes.size() < 200; page++) {
			Matcher found = ITEM.matcher(get("/services?kind=CITIZEN&page=" + page).body());
			int before = codes.size();
			while (found.find()) {
				codes.add(found.group(1));
			}
			if (codes.size() == before) {
				break;
			}
		}
		for (String code : codes) {
			HttpResponse<String> form = get("/services/items/" + code + "/apply");
			if (form.statusCode() == 200 && form.body().contains("name=\"submitToken\"")
					&& read(code, form.body()).materials().size() >= materials) {
				return code;
			}
		}
		throw new IllegalStateException("No item this applicant may apply for online among " + codes);
	}

	/** The item's empty form (a new one-time token each time). */
	public Form form(String code) throws IOException, InterruptedException {
		HttpResponse<String> page = get("/services/items/" + code + "/apply");
		if (page.statusCode() != 200) {
			throw new IllegalStateException("The form of " + code + " answered " + page.statusCode());
		}
		return read(code, page.body());
	}

	/**
	 * Sends the application with one file per material and {@code action=submit} (or
	 * {@code save}); the answer's status and {@code Location}.
	 */
	public HttpResponse<String> send(Form form, List<Upload> uploads, boolean submit, @Nullable Long draft)
			throws IOException, InterruptedException {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", form.csrf());
		fields.put("submitToken", form.submitToken());
		if (draft != null) {
			fields.put("draftId", draft.toString());
		}
		fields.putAll(form.answers());
		fields.put("contactName", "走查");
		fields.put("contactPhone", "13900000000");
		fields.put("action", submit ? "submit" : "save");
		return client.send(multipart("/services/items/" + form.code() + "/apply", fields, uploads),
				HttpResponse.BodyHandlers.ofString());
	}

	/** {@code GET} of a path, as this applicant. */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/** The bytes of a download, as this applicant ({@code null} unless 200). */
	public byte @Nullable [] download(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = client.send(
				HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		return response.statusCode() == 200 ? response.body() : null;
	}

	/** A multipart POST of fields and files to a path of the platform. */
	public HttpRequest multipart(String path, Map<String, String> fields, List<Upload> uploads) {
		int size = uploads.stream().mapToInt((upload) -> upload.content().length).sum();
		ByteArrayOutputStream out = new ByteArrayOutputStream(size + 8192);
		fields.forEach((name, value) -> write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		for (Upload upload : uploads) {
			write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + upload.input()
					+ "\"; filename=\"" + upload.fileName() + "\"\r\nContent-Type: application/pdf\r\n\r\n");
			out.writeBytes(upload.content());
			write(out, "\r\n");
		}
		write(out, "--" + BOUNDARY + "--\r\n");
		return HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(300))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
			.build();
	}

	/** The client, for other requests in the same session. */
	public HttpClient client() {
		return client;
	}

	/**
	 * One PDF-looking file per material, {@code total} bytes in all, each different.
	 */
	public static List<Upload> files(Form form, int total) {
		List<Upload> uploads = new ArrayList<>();
		int each = Math.max(1024, total / Math.max(1, form.materials().size()));
		for (String input : form.materials()) {
			uploads.add(new Upload(input, input + ".pdf", pdf(each)));
		}
		return uploads;
	}

	/** {@code size} bytes that read as a PDF, different every time. */
	public static byte[] pdf(int size) {
		byte[] content = new byte[size];
		ThreadLocalRandom.current().nextBytes(content);
		byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(head, 0, content, 0, head.length);
		byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(tail, 0, content, content.length - tail.length, tail.length);
		return content;
	}

	/**
	 * Reads the form: a text answer for text fields, 10 for numbers, a date for dates,
	 * the first choice of a choice, the first row of a table.
	 */
	private static Form read(String code, String page) {
		Map<String, String> answers = new LinkedHashMap<>();
		List<String> materials = new ArrayList<>();
		Matcher inputs = INPUT.matcher(page);
		while (inputs.find()) {
			String tag = inputs.group(2);
			Matcher name = NAME.matcher(tag);
			if (!name.find()) {
				continue;
			}
			String field = name.group(1);
			if (tag.contains("type=\"file\"") && field.startsWith("material-")) {
				materials.add(field);
			}
			else if (field.startsWith("values[")) {
				String key = field.substring(7, field.length() - 1);
				boolean cell = key.matches(".+\\.\\d+\\.\\d+");
				if (cell && !key.matches(".+\\.0\\.\\d+")) {
					continue;
				}
				if (tag.contains("type=\"radio\"")) {
					Matcher value = VALUE.matcher(tag);
					if (value.find()) {
						answers.putIfAbsent(field, value.group(1));
					}
				}
				else if (tag.contains("type=\"date\"")) {
					answers.put(field, "2026-06-01");
				}
				else if (tag.contains("inputmode=\"numeric\"")) {
					answers.put(field, "10");
				}
				else {
					answers.put(field, cell ? "甲" : "走查填写");
				}
			}
		}
		return new Form(code, find(CSRF, page), find(SUBMIT_TOKEN, page), answers, materials);
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("Not on the page: " + pattern);
		}
		return matcher.group(1);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
