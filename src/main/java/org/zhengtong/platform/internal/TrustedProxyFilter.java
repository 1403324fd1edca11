package org.zhengtong.platform.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code X-Forwarded-*} headers only from the configured reverse proxies
 * ({@code zhengtong.trusted-proxies}). From a trusted proxy, the client's address is the
 * right-most address in {@code X-Forwarded-For} that is not itself a trusted proxy (the
 * left-most is whatever the client chose to send); scheme, host and port come from the
 * proxy's headers. From anyone else, the headers are removed before the application sees
 * them.
 * <p>
 * A trusted proxy that ends TLS may also pass the client certificate it verified in a
 * header ({@code zhengtong.client-certificate-header}, {@code X-SSL-Client-Cert} by
 * default: nginx's {@code $ssl_client_escaped_cert}, or PEM/base64 DER from other
 * proxies); it becomes the request's {@code jakarta.servlet.request.X509Certificate}, as
 * if the client had presented it to our own HTTPS connector. From anyone else the header
 * is ignored.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

	private final List<IpAddressMatcher> trusted;

	private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

	static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

	private final String certificateHeader;

	TrustedProxyFilter(List<String> trustedProxies) {
		this(trustedProxies, "X-SSL-Client-Cert");
	}

	TrustedProxyFilter(List<String> trustedProxies, String certificateHeader) {
		this.trusted = trustedProxies.stream().map(IpAddressMatcher::new).toList();
		this.certificateHeader = certificateHeader;
		remove.setRemoveOnly(true);
	}

	boolean isTrusted(String address) {
		return trusted.stream().anyMatch((matcher) -> matcher.matches(address));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isTrusted(request.getRemoteAddr())) {
			remove.doFilter(request, response, chain);
			return;
		}
		String certificate = request.getHeader(certificateHeader);
		if (certificate != null && !certificate.isBlank() && request.getAttribute(CERTIFICATE_ATTRIBUTE) == null) {
			X509Certificate parsed = certificate(certificate);
			if (parsed != null) {
				request.setAttribute(CERTIFICATE_ATTRIBUTE, new X509Certificate[] { parsed });
			}
		}
		apply.doFilter(new ClientAddressRequest(request, clientAddress(request)), response, chain);
	}

	/**
	 * URL-encoded PEM (nginx), PEM with its line breaks turned into spaces, or base64
	 * DER; {@code null} when it is none of them (then there is simply no certificate).
	 */
	static @Nullable X509Certificate certificate(String header) {
		try {
			String text = header.contains("%") ? URLDecoder.decode(header, StandardCharsets.US_ASCII) : header;
			String base64 = text.replace("-----BEGIN CERTIFICATE-----", "")
				.replace("-----END CERTIFICATE-----", "")
				.replaceAll("\\s+", "");
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
		}
		catch (CertificateException | IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The client's address from the proxy chain, with the address headers hidden so the
	 * {@link ForwardedHeaderFilter} (which believes the left-most address) cannot
	 * override it.
	 */
	private static final class ClientAddressRequest extends HttpServletRequestWrapper {

		private static final Set<String> HIDDEN = Set.of("x-forwarded-for", "forwarded");

		private final String client;

		ClientAddressRequest(HttpServletRequest request, String client) {
			super(request);
			this.client = client;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

		@Override
		public @Nullable String getHeader(String name) {
			return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(Collections.list(super.getHeaderNames())
				.stream()
				.filter((name) -> !HIDDEN.contains(name.toLowerCase(Locale.ROOT)))
				.toList());
		}

	}

	private String clientAddress(HttpServletRequest request) {
		String header = request.getHeader("X-Forwarded-For");
		if (header == null || header.isBlank()) {
			return request.getRemoteAddr();
		}
		String[] hops = header.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].trim();
			if (!hop.isEmpty() && !isTrusted(hop)) {
				return hop;
			}
		}
		return hops[0].trim();
	}

}
