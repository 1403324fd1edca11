package org.zhengtong.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * HTTP Strict Transport Security on HTTPS answers. {@code includeSubDomains} only from
 * the default port 443: served from another port (8443 beside a site that has its own web
 * server on 443), the platform does not speak for the host's subdomains, and claiming
 * them would lock every plain-HTTP service under that name out of browsers for a year.
 */
final class PortAwareHsts implements HeaderWriter {

	static final String HEADER = "Strict-Transport-Security";

	private static final long ONE_YEAR = 31_536_000;

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!request.isSecure() || response.containsHeader(HEADER)) {
			return;
		}
		boolean tlsEndsHere = request.getAttribute("jakarta.servlet.request.cipher_suite") != null;
		int port = tlsEndsHere ? request.getLocalPort() : request.getServerPort();
		response.setHeader(HEADER, "max-age=" + ONE_YEAR + (port == 443 ? " ; includeSubDomains" : ""));
	}

}
