package org.zhengtong.files.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared body is larger than any upload may be, from its
 * {@code Content-Length} alone, before a byte of the body is read, and answers with the
 * 413 page ("上传的文件太大"). A body without a length (chunked) is still cut off by the
 * multipart limits while it is read.
 */
class UploadSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	UploadSizeFilter(DataSize maxRequestSize) {
		this.maxBytes = maxRequestSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() <= maxBytes) {
			chain.doFilter(request, response);
			return;
		}
		// Close afterwards instead of draining a gigabyte the client may still send.
		response.setHeader("Connection", "close");
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
		// Tomcat drains up to server.tomcat.max-swallow-size of the body before its final
		// flush:
		// send the whole page now so the user sees it at once.
		response.flushBuffer();
	}

	/**
	 * The refused request as the error page sees it: no body and no parameters, so
	 * nothing tries to read (and wait for) the upload.
	 */
	private static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {

				@Override
				public int read() {
					return -1;
				}

				@Override
				public boolean isFinished() {
					return true;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

	}

}
