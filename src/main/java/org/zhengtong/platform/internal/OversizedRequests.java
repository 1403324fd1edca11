package org.zhengtong.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers by itself, before the application sees the request: a request line
 * or headers larger than {@code server.max-http-request-header-size} (a 10,000-character
 * search in the address, for one), a malformed request. Instead of Tomcat's bare report,
 * a static page in the site's style, in Chinese and English, with the security headers
 * every page carries. Spring Boot's own error report valve is replaced by this one.
 */
@Component
@ConditionalOnWebApplication
class OversizedRequests implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Host host = (Host) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(SitePage.class.getName());
			}
			host.getPipeline().addValve(new SitePage());
		});
	}

	/** After Spring Boot's customizer, which adds its own error report valve. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The static page, for every error Tomcat reports itself (no stack, no version). */
	public static class SitePage extends ErrorReportValve {

		static final String PAGE = "error-pages/request.html";

		private final byte[] page;

		public SitePage() {
			setShowReport(false);
			setShowServerInfo(false);
			try (InputStream in = OversizedRequests.class.getClassLoader().getResourceAsStream(PAGE)) {
				if (in == null) {
					throw new IllegalStateException(PAGE + " is missing");
				}
				page = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
			response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
			response.setHeader("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
			response.setHeader("Cache-Control", "no-store");
			response.setContentLength(page.length);
			try {
				OutputStream out = response.getOutputStream();
				out.write(page);
				response.finishResponse();
			}
			catch (IOException | IllegalStateException ex) {
				// The client went away: nothing more to say.
			}
		}

	}

}
