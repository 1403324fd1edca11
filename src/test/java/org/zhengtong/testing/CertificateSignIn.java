package org.zhengtong.testing;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The request and session of a person signed in, for services that read them
 * ({@code CertificateSessions.current()}: a seal is used only in a session opened with a
 * certificate). Clear with {@link #signOut} after the test.
 */
public final class CertificateSignIn {

	private CertificateSignIn() {
	}

	/**
	 * Signs {@code username} in on this thread, by the certificate with {@code serial}
	 * when given, else by password.
	 */
	public static void signedIn(String username, @Nullable String serial) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpSession session = new MockHttpSession();
		if (serial != null) {
			session.setAttribute("zhengtong.certificate", serial);
		}
		request.setSession(session);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
	}

	/** Forgets the request and the person of this thread. */
	public static void signOut() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

}
