package org.zhengtong.portal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.zhengtong.platform.WebAreas;

/**
 * The rendered-page cache of the portal: an anonymous visitor's GET of a homepage,
 * channel or article page is rendered once per site version and then answered from
 * memory, before the DispatcherServlet and Spring Security, with the headers the first
 * answer had. Pages are kept gzip-compressed (sent as they are to clients that accept
 * gzip), the cache is bounded by bytes, every answer carries an ETag (304 when the client
 * has it), and a publication makes the site's pages stale at once on this instance and
 * within a second on the others ({@link SiteVersions}). A visitor with a session (logged
 * in) is never served from it nor stored in it.
 */
class PageCache extends OncePerRequestFilter {

	static final String HIT = "HIT";

	/**
	 * A rendered page.
	 *
	 * @param version the site's version it was rendered for; its time is the
	 * Last-Modified
	 * @param day the day it was rendered (pages show dates and names valid on a day)
	 */
	record Page(SiteVersions.Version version, long day, byte[] gzip, String etag,
			List<Map.Entry<String, String>> headers) {
	}

	/** What is kept: pages, feeds and sitemaps. */
	private static final List<String> STORED_TYPES = List.of("text/html", "application/rss+xml", "application/xml");

	private final SiteVersions versions;

	private final Cache<String, Page> pages;

	private final Clock clock;

	PageCache(SiteVersions versions, Clock clock, long maxBytes) {
		this.versions = versions;
		this.clock = clock;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, Page page) -> key.length() * 2 + page.gzip().length + 256)
			.build();
	}

	/**
	 * The homepages, channel and article pages, disclosure catalogues, feeds and site
	 * maps of both sites, and the sitemap files.
	 */
	static boolean cacheablePath(String path) {
		String local = path.startsWith("/en/") ? path.substring(3) : path;
		return path.equals("/") || path.equals("/en") || local.equals("/") || local.startsWith("/columns/")
				|| local.startsWith("/articles/") || local.startsWith("/feeds/") || local.startsWith("/tags/")
				|| local.equals("/disclosure") || local.equals("/sitemap") || path.equals("/en/disclosure")
				|| path.equals("/en/sitemap") || path.equals("/sitemap.xml") || path.startsWith("/sitemaps/");
	}

	/** The sitemap files list both sites: they change with either. */
	private SiteVersions.Version version(String path) {
		if (path.equals("/sitemap.xml") || path.startsWith("/sitemaps/")) {
			return versions.current("zh").and(versions.current("en"));
		}
		return versions.current(WebAreas.isEnglishSite(path) ? "en" : "zh");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !(method.equals("GET") || method.equals("HEAD")) || !cacheablePath(WebAreas.pathOf(request))
				|| request.getSession(false) != null || !anonymous(request);
	}

	/**
	 * No sign of a login: no client certificate (our connector's or a trusted proxy's),
	 * no Authorization header, no authentication already in place.
	 */
	private static boolean anonymous(HttpServletRequest request) {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return request.getAttribute("jakarta.servlet.request.X509Certificate") == null && request
			.getHeader(HttpHeaders.AUTHORIZATION) == null && (authentication == null
					|| authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = WebAreas.pathOf(request);
		String key = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
		SiteVersions.Version version = version(path);
		long today = LocalDate.now(clock).toEpochDay();
		Page page = pages.getIfPresent(key);
		if (page != null && page.version().equals(version) && page.day() == today) {
			serve(page, request, response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		byte[] body = capture.getContentAsByteArray();
		String type = capture.getContentType();
		boolean storable = capture.getStatus() == 200 && type != null
				&& STORED_TYPES.stream().anyMatch(type::startsWith) && request.getSession(false) == null
				&& !capture.containsHeader(HttpHeaders.SET_COOKIE) && body.length > 0;
		if (!storable) {
			capture.copyBodyToResponse();
			return;
		}
		String etag = etag(body);
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : capture.getHeaderNames()) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!lower.equals("date") && !lower.equals("content-length") && !lower.equals("set-cookie")) {
				for (String value : capture.getHeaders(name)) {
					headers.add(Map.entry(name, value));
				}
			}
		}
		headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, type));
		pages.put(key, new Page(version, today, gzip(body), etag, List.copyOf(headers)));
		capture.setHeader(HttpHeaders.ETAG, etag);
		capture.setDateHeader(HttpHeaders.LAST_MODIFIED, version.changed());
		capture.setHeader("X-Cache", "MISS");
		capture.copyBodyToResponse();
	}

	private void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Map.Entry<String, String> header : page.headers()) {
			// Spring Security wrote its own headers already: replace, do not repeat.
			if (seen.add(header.getKey().toLowerCase(Locale.ROOT))) {
				response.setHeader(header.getKey(), header.getValue());
			}
			else {
				response.addHeader(header.getKey(), header.getValue());
			}
		}
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.version().changed());
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader("X-Cache", HIT);
		if (notModified(request, page)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		String accepts = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		boolean gzip = accepts != null && accepts.toLowerCase(Locale.ROOT).contains("gzip") && !tlsHere(request);
		byte[] body = gzip ? page.gzip() : gunzip(page.gzip());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!request.getMethod().equals("HEAD")) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * TLS ended in this process (our HTTPS connector, where staff sign in with
	 * certificates): nothing is compressed there, so no page over it can leak a secret by
	 * its compressed length (BREACH). Behind a reverse proxy, TLS and compression are the
	 * proxy's: the plain connector it talks to still gets the stored gzip bytes.
	 */
	private static boolean tlsHere(HttpServletRequest request) {
		return request.getAttribute("jakarta.servlet.request.cipher_suite") != null;
	}

	/**
	 * The client has this page: its ETag matches, or (without If-None-Match, as RFC 9110
	 * says) it has the site's current version: every version is at least a second later
	 * than the one before, so an older copy has an older date.
	 */
	private static boolean notModified(HttpServletRequest request, Page page) {
		String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (match != null) {
			return match.equals(page.etag()) || match.equals("*");
		}
		try {
			long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return since >= 0 && page.version().changed() <= since;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
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

	static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		return out.toByteArray();
	}

	static byte[] gunzip(byte[] gzip) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
			return in.readAllBytes();
		}
	}

	long size() {
		return pages.estimatedSize();
	}

}
