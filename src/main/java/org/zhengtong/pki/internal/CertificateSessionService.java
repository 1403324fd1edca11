package org.zhengtong.pki.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.CertificateSessions;
import org.zhengtong.pki.CertificateView;

/**
 * Reads the serial {@link CertificateLoginFilter} keeps in the session it opened and
 * checks it again: still valid, and held by whoever is signed in now.
 */
@Service
class CertificateSessionService implements CertificateSessions {

	private final CertificateRequests certificates;

	CertificateSessionService(CertificateRequests certificates) {
		this.certificates = certificates;
	}

	@Override
	public Optional<CertificateView> current() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Optional.empty();
		}
		HttpSession session = attributes.getRequest().getSession(false);
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (session == null || user == null || !user.isAuthenticated()
				|| !(session.getAttribute(CertificateLoginFilter.SESSION_SERIAL) instanceof String serial)) {
			return Optional.empty();
		}
		return certificates.certificate(serial)
			.filter((certificate) -> certificate.state().equals("VALID"))
			.filter((certificate) -> LOGIN_PROFILE.equals(certificate.profile()))
			.filter((certificate) -> user.getName().equalsIgnoreCase(certificate.holder()));
	}

	private static final String LOGIN_PROFILE = org.zhengtong.pki.CertificateProfile.STAFF_AUTH.name();

}
