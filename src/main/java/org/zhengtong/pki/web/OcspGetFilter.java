package org.zhengtong.pki.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;
import org.zhengtong.pki.CertificateAuthority;
import org.zhengtong.pki.Hierarchy;

/**
 * OCSP over HTTP GET (RFC 6960 appendix A.1): {@code GET /pki/ocsp/{url-encoding of the
 * base64 of the DER request}} (and {@code /pki/sm2/ocsp/…}), the form clients use for
 * small requests so that answers can be cached. Base64 holds {@code /}, which clients
 * send as {@code %2F}: the connector passes it through undecoded ({@link EncodedSlashes})
 * and this filter answers before Spring Security, whose firewall refuses encoded slashes
 * everywhere else as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class OcspGetFilter extends OncePerRequestFilter {

	private final CertificateAuthority authority;

	OcspGetFilter(CertificateAuthority authority) {
		this.authority = authority;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) || prefix(request) == null;
	}

	private static String prefix(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : new String[] { "/pki/ocsp/", "/pki/sm2/ocsp/" }) {
			if (path.startsWith(prefix) && path.length() > prefix.length()) {
				return prefix;
			}
		}
		return null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String prefix = prefix(request);
		String encoded = request.getRequestURI().substring(request.getContextPath().length() + prefix.length());
		byte[] der;
		try {
			String base64 = UriUtils.decode(encoded, StandardCharsets.US_ASCII).replaceAll("\\s", "");
			der = base64.contains("-") || base64.contains("_") ? Base64.getUrlDecoder().decode(base64)
					: Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			// Not base64: the responder answers "malformed request".
			der = new byte[0];
		}
		byte[] answer = authority.ocsp(prefix.startsWith("/pki/sm2/") ? Hierarchy.SM2 : Hierarchy.STANDARD, der);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(PublicationController.OCSP.toString());
		response.setContentLength(answer.length);
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(answer);
		}
	}

	/**
	 * The HTTP connector keeps {@code %2F} in request paths encoded instead of refusing
	 * the request (Tomcat's default): only {@link OcspGetFilter} accepts such paths.
	 */
	@Component
	static class EncodedSlashes implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addConnectorCustomizers((connector) -> connector.setEncodedSolidusHandling("passthrough"));
		}

	}

}
