package org.zhengtong.platform.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxyFilterUnitTests {

	TrustedProxyFilter filter = new TrustedProxyFilter(List.of("10.0.0.0/8", "192.168.1.5"));

	@Test
	void headers_from_an_untrusted_address_are_ignored_and_removed() throws Exception {
		HttpServletRequest seen = pass(request("203.0.113.9", "1.2.3.4", "https", "evil.example"));

		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
		assertThat(seen.getScheme()).isEqualTo("http");
		assertThat(seen.getServerName()).isEqualTo("localhost");
		assertThat(seen.getHeader("X-Forwarded-For")).isNull();
	}

	@Test
	void a_trusted_proxy_gives_the_client_address_scheme_and_host() throws Exception {
		HttpServletRequest seen = pass(request("192.168.1.5", "198.51.100.20", "https", "www.qinchuan.gov.cn"));

		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.20");
		assertThat(seen.getScheme()).isEqualTo("https");
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getServerName()).isEqualTo("www.qinchuan.gov.cn");
	}

	@Test
	void an_address_the_client_made_up_in_front_of_the_chain_is_not_believed() throws Exception {
		// The client sent "X-Forwarded-For: 127.0.0.1"; the proxy appended the address it
		// saw.
		HttpServletRequest seen = pass(request("10.1.1.1", "127.0.0.1, 198.51.100.20, 10.2.2.2", "https", "gov"));

		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.20");
	}

	@Test
	void a_trusted_proxy_passes_the_client_certificate_it_verified_and_nobody_else_can() throws Exception {
		org.zhengtong.testing.Pkcs.assumeOpenssl();
		String output = org.zhengtong.testing.Pkcs.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt",
				"ec_paramgen_curve:P-256", "-nodes", "-keyout", "/dev/null", "-subj", "/CN=holder", "-days", "1");
		String pem = output.substring(output.indexOf("-----BEGIN CERTIFICATE-----"));
		String nginx = java.net.URLEncoder.encode(pem, java.nio.charset.StandardCharsets.US_ASCII).replace("+", "%20");
		for (String form : List.of(nginx, pem.replace("\n", " "), pem.replaceAll("-----[A-Z ]+-----|\\s", ""))) {
			MockHttpServletRequest fromProxy = request("192.168.1.5", "198.51.100.20", "https", "gov");
			fromProxy.addHeader("X-SSL-Client-Cert", form);
			var certificates = (java.security.cert.X509Certificate[]) pass(fromProxy)
				.getAttribute("jakarta.servlet.request.X509Certificate");
			assertThat(certificates).as(form).hasSize(1);
			assertThat(certificates[0].getSubjectX500Principal().getName()).isEqualTo("CN=holder");
		}

		MockHttpServletRequest fromClient = request("203.0.113.9", "198.51.100.20", "https", "gov");
		fromClient.addHeader("X-SSL-Client-Cert", nginx);
		assertThat(pass(fromClient).getAttribute("jakarta.servlet.request.X509Certificate")).isNull();

		MockHttpServletRequest garbage = request("192.168.1.5", "198.51.100.20", "https", "gov");
		garbage.addHeader("X-SSL-Client-Cert", "(null)");
		assertThat(pass(garbage).getAttribute("jakarta.servlet.request.X509Certificate")).isNull();
	}

	private MockHttpServletRequest request(String remote, String forwardedFor, String proto, String host) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr(remote);
		request.addHeader("X-Forwarded-For", forwardedFor);
		request.addHeader("X-Forwarded-Proto", proto);
		request.addHeader("X-Forwarded-Host", host);
		return request;
	}

	private HttpServletRequest pass(MockHttpServletRequest request) throws Exception {
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
				seen.set((HttpServletRequest) req);
			}
		});
		return seen.get();
	}

}
