package org.zhengtong.platform.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
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
		String client = clientAddress(request);
		HttpServletRequest withClient = new HttpServletRequestWrapper(request) {

			@Override
			public String getRemoteAddr() {
				return client;
			}

			@Override
			public String getRemoteHost() {
				return client;
			}

		};
		apply.doFilter(withClient, response, chain);
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
