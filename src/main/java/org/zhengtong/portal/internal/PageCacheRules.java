package org.zhengtong.portal.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the page cache may answer and how: the pages it keeps, the query strings it keeps
 * them for, and whether a client takes gzip. No Spring, so every case an attacker might
 * try is a plain unit test.
 */
final class PageCacheRules {

	/**
	 * The parameters public pages read (a column's or tag's page, the disclosure
	 * catalogue's filters). Anything else ({@code ?lang=en}, which sets a cookie,
	 * tracking tags, cache busters) is rendered by the application and not kept.
	 */
	private static final Set<String> PARAMETERS = Set.of("page", "unit", "topic", "kind");

	private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._~%-]{0,100}");

	private PageCacheRules() {
	}

	/**
	 * The homepages, channel and article pages, disclosure catalogues, feeds and site
	 * maps of both sites, and the sitemap files. Also the performance page (办理成效): its
	 * figures change without a publication, so like every kept page it is rendered anew
	 * when the day turns — its figures are at most a day old, and it says when they were
	 * counted. Not 办事服务 ({@code /services}, the permit module's): a guide published or an
	 * item withdrawn changes it without a site publication.
	 */
	static boolean cacheablePath(String path) {
		String local = path.startsWith("/en/") ? path.substring(3) : path;
		return path.equals("/") || path.equals("/en") || local.equals("/") || local.startsWith("/columns/")
				|| local.startsWith("/articles/") || local.startsWith("/feeds/") || local.startsWith("/tags/")
				|| local.equals("/disclosure") || local.equals("/interaction") || local.equals("/performance")
				|| local.equals("/sitemap") || path.equals("/sitemap.xml") || path.startsWith("/sitemaps/");
	}

	/**
	 * No query, or only the parameters public pages read, each once at most and with a
	 * short plain value.
	 */
	static boolean cacheableQuery(@Nullable String query) {
		if (query == null || query.isEmpty()) {
			return true;
		}
		if (query.length() > 400) {
			return false;
		}
		Set<String> seen = new java.util.HashSet<>();
		for (String pair : query.split("&", -1)) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			if (!PARAMETERS.contains(name) || !seen.add(name) || !VALUE.matcher(value).matches()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the client takes gzip, as RFC 9110 §12.5.3 reads {@code Accept-Encoding}:
	 * {@code gzip} (or {@code x-gzip}) with a weight above 0, or {@code *} above 0 when
	 * gzip is not named. {@code gzip;q=0}, {@code br}, {@code identity} or no header get
	 * the page uncompressed.
	 */
	static boolean acceptsGzip(@Nullable String header) {
		if (header == null || header.isEmpty()) {
			return false;
		}
		double gzip = -1;
		double any = -1;
		for (String coding : header.split(",")) {
			int semicolon = coding.indexOf(';');
			String name = (semicolon < 0 ? coding : coding.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
			double weight = semicolon < 0 ? 1 : weight(coding.substring(semicolon + 1));
			if (name.equals("gzip") || name.equals("x-gzip")) {
				gzip = Math.max(gzip, weight);
			}
			else if (name.equals("*")) {
				any = Math.max(any, weight);
			}
		}
		return gzip >= 0 ? gzip > 0 : any > 0;
	}

	/**
	 * The {@code q} of a coding's parameters; a weight that cannot be read counts as 0.
	 */
	private static double weight(String parameters) {
		for (String parameter : parameters.split(";")) {
			String trimmed = parameter.trim();
			if (trimmed.length() > 2 && (trimmed.charAt(0) == 'q' || trimmed.charAt(0) == 'Q')
					&& trimmed.charAt(1) == '=') {
				try {
					double weight = Double.parseDouble(trimmed.substring(2).trim());
					return (weight >= 0 && weight <= 1) ? weight : 0;
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

	/**
	 * Whether an {@code If-None-Match} names this ETag (weak comparison, as RFC 9110
	 * §13.1.2 asks: {@code W/"x"} matches {@code "x"}), or is {@code *}.
	 */
	static boolean matches(String ifNoneMatch, String etag) {
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals(etag) || tag.equals("*")) {
				return true;
			}
		}
		return false;
	}

}
