package org.zhengtong.portal.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.zhengtong.platform.WebAreas;

/**
 * The rendered-page cache of the portal: an anonymous visitor's GET or HEAD of a
 * homepage, channel or article page is rendered once per site version and day, then
 * answered from memory before the session filter, Spring Security and the
 * DispatcherServlet, with every header the rendered answer had (the security headers
 * among them). Pages are kept both plain and gzip-compressed, the cache is bounded by
 * bytes, every answer carries an ETag (304 when the client has it), and a publication
 * makes the site's pages stale at once on this instance and within a second on the others
 * ({@link SiteVersions}).
 * <p>
 * Anonymous means no sign of anyone: no session cookie (valid, expired or forged alike),
 * no Authorization header, no client certificate on our TLS connector nor one passed by a
 * proxy. Such a request passes by: it is neither served from the cache nor stored, so a
 * logged-in visitor's page is never kept. Only a 200 answer that set no cookie is kept,
 * under the address as requested (scheme and, for HTTPS, port included: the HSTS header
 * depends on them); the Host and {@code X-Forwarded-*} headers are not part of the key,
 * and a page does not depend on them (absolute links come from
 * {@code zhengtong.public-base-url}; a trusted proxy's prefix is in the address).
 */
class PageCache extends OncePerRequestFilter {

	static final String HIT = "HIT";

	static final String MISS = "MISS";

	private final SiteVersions versions;

	private final Cache<String, CachedPage> pages;

	private final Clock clock;

	private final String sessionCookie;

	private final String certificateHeader;

	PageCache(SiteVersions versions, Clock clock, long maxBytes, String sessionCookie, String certificateHeader) {
		this.versions = versions;
		this.clock = clock;
		this.sessionCookie = sessionCookie;
		this.certificateHeader = certificateHeader;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, CachedPage page) -> key.length() * 2 + page.weight())
			.build();
	}

	/** See {@link PageCacheRules#cacheablePath(String)}. */
	static boolean cacheablePath(String path) {
		return PageCacheRules.cacheablePath(path);
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
		return !(method.equals("GET") || method.equals("HEAD")) || request.getDispatcherType() != DispatcherType.REQUEST
				|| !PageCacheRules.cacheablePath(WebAreas.pathOf(request))
				|| !PageCacheRules.cacheableQuery(request.getQueryString()) || !anonymous(request);
	}

	/**
	 * No sign of a login, whether or not it would succeed: no session cookie, no
	 * Authorization header, no client certificate (our connector's, or a proxy's header
	 * from anyone).
	 */
	private boolean anonymous(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(certificateHeader) != null
				|| request.getAttribute("jakarta.servlet.request.X509Certificate") != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(sessionCookie) || cookie.getName().equals("JSESSIONID")) {
					return false;
				}
			}
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = WebAreas.pathOf(request);
		String key = key(request);
		SiteVersions.Version version = version(path);
		long today = LocalDate.now(clock).toEpochDay();
		CachedPage page = pages.getIfPresent(key);
		if (page != null && page.version().equals(version) && page.day() == today) {
			serve(page, request, response, HIT);
			return;
		}
		if (request.getMethod().equals("HEAD")) {
			chain.doFilter(request, response);
			return;
		}
		Capture capture = new Capture(response);
		chain.doFilter(request, capture);
		byte[] body = capture.getContentAsByteArray();
		String type = capture.getContentType();
		if (capture.getStatus() != HttpServletResponse.SC_OK || type == null || !storedType(type) || body.length == 0
				|| capture.containsHeader(HttpHeaders.SET_COOKIE)) {
			capture.copyBodyToResponse();
			return;
		}
		List<String[]> written = new ArrayList<>();
		for (String name : new LinkedHashSet<>(capture.getHeaderNames())) {
			for (String value : capture.getHeaders(name)) {
				written.add(new String[] { name, value });
			}
		}
		page = CachedPage.of(version, today, body, type, written, capture.locale);
		pages.put(key, page);
		serve(page, request, response, MISS);
	}

	/** Pages, feeds and sitemaps. */
	private static boolean storedType(String type) {
		return type.startsWith("text/html") || type.startsWith("application/rss+xml")
				|| type.startsWith("application/xml");
	}

	/**
	 * The address as requested (the context path too, which a trusted proxy's
	 * {@code X-Forwarded-Prefix} sets), with its scheme, and for HTTPS the port HSTS is
	 * judged by.
	 */
	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		String address = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
		if (!request.isSecure()) {
			return address;
		}
		int port = tlsHere(request) ? request.getLocalPort() : request.getServerPort();
		return "https:" + port + (tlsHere(request) ? ":direct " : " ") + address;
	}

	private void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response, String cache)
			throws IOException {
		Set<String> seen = new HashSet<>();
		for (String[] header : page.headers()) {
			// After a render the application's headers are in the response already:
			// replace them, keeping the second value of a repeated header.
			if (seen.add(header[0].toLowerCase(Locale.ROOT))) {
				response.setHeader(header[0], header[1]);
			}
			else {
				response.addHeader(header[0], header[1]);
			}
		}
		if (page.locale() != null) {
			response.setLocale(page.locale());
		}
		response.setHeader("X-Cache", cache);
		if (notModified(request, page)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		boolean gzip = !tlsHere(request) && PageCacheRules.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		byte[] body = gzip ? page.gzip() : page.identity();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setStatus(HttpServletResponse.SC_OK);
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
	private static boolean notModified(HttpServletRequest request, CachedPage page) {
		String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (match != null) {
			return PageCacheRules.matches(match, page.etag());
		}
		try {
			long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return since >= 0 && page.version().changed() <= since;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	long size() {
		return pages.estimatedSize();
	}

	/**
	 * The rendered answer, held back, with the locale the view set (Content-Language).
	 */
	private static final class Capture extends ContentCachingResponseWrapper {

		@Nullable Locale locale;

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			this.locale = locale;
			super.setLocale(locale);
		}

	}

}
