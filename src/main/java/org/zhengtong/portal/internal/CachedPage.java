package org.zhengtong.portal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * A rendered page as the page cache keeps it: the body both uncompressed and
 * gzip-compressed (so neither kind of client costs a compression or a decompression), and
 * every header the application wrote, ready to be written again as they are.
 *
 * @param version the site's version it was rendered for; its time is the Last-Modified
 * @param day the day it was rendered (pages show dates and names valid on a day)
 * @param identity the body as rendered
 * @param gzip the same, gzip-compressed
 * @param etag a strong ETag from the body: the same on every instance
 * @param headers name and value pairs, in the order written, including Content-Type,
 * ETag, Last-Modified and Vary
 * @param locale the response's locale (Content-Language), if the application set one
 */
record CachedPage(SiteVersions.Version version, long day, byte[] identity, byte[] gzip, String etag,
		List<String[]> headers, @Nullable Locale locale) {

	/** Written by the cache itself, never copied from the rendered answer. */
	private static final Set<String> OWN = Set.of("date", "content-length", "content-encoding", "content-language",
			"content-type", "transfer-encoding", "connection", "keep-alive", "set-cookie", "etag", "last-modified",
			"vary", "x-cache");

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	/** What the page costs in memory, for the cache's bound. */
	int weight() {
		int weight = identity.length + gzip.length + 256;
		for (String[] header : headers) {
			weight += 2 * (header[0].length() + header[1].length()) + 32;
		}
		return weight;
	}

	/**
	 * A page from the application's answer.
	 * @param written the headers as the application wrote them (name, value), in order
	 */
	static CachedPage of(SiteVersions.Version version, long day, byte[] body, String contentType,
			List<String[]> written, @Nullable Locale locale) {
		String etag = etag(body);
		List<String[]> headers = new ArrayList<>();
		Set<String> vary = new LinkedHashSet<>();
		for (String[] header : written) {
			String name = header[0].toLowerCase(Locale.ROOT);
			if (name.equals("vary")) {
				for (String field : header[1].split(",")) {
					if (!field.isBlank()) {
						vary.add(field.trim());
					}
				}
			}
			else if (!OWN.contains(name)) {
				headers.add(header);
			}
		}
		if (vary.stream().noneMatch(HttpHeaders.ACCEPT_ENCODING::equalsIgnoreCase)) {
			vary.add(HttpHeaders.ACCEPT_ENCODING);
		}
		headers.add(new String[] { HttpHeaders.CONTENT_TYPE, contentType });
		headers.add(new String[] { HttpHeaders.ETAG, etag });
		headers
			.add(new String[] { HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(Instant.ofEpochMilli(version.changed())) });
		headers.add(new String[] { HttpHeaders.VARY, String.join(", ", vary) });
		return new CachedPage(version, day, body, gzip(body), etag, List.copyOf(headers), locale);
	}

	/** Strong ETag from the page itself: the same on every instance. */
	static String etag(byte[] body) {
		try {
			return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
