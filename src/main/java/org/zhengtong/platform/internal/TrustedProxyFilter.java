package org.zhengtong.platform.internal;

import java.io.IOException;
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
 */
class TrustedProxyFilter extends OncePerRequestFilter {

	private final List<IpAddressMatcher> trusted;

	private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

	TrustedProxyFilter(List<String> trustedProxies) {
		this.trusted = trustedProxies.stream().map(IpAddressMatcher::new).toList();
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
		apply.doFilter(new ClientAddressRequest(request, clientAddress(request)), response, chain);
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
