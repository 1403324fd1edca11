package org.zhengtong.platform;

import java.util.Set;

import org.springframework.security.core.AuthenticationException;

/**
 * A password login that a rule refuses before the password is checked. It is answered as
 * a wrong password is ({@code /login?error}: no oracle); the reason goes into the audit
 * log only.
 */
public class LoginRefused extends AuthenticationException {

	/** The account signs in with its certificate only. */
	public static final String CERTIFICATE_ONLY = "certificate-only";

	/** The account needs its certificate as well as its password (三员). */
	public static final String CERTIFICATE_NEEDED = "certificate-needed";

	static final Set<String> REASONS = Set.of(CERTIFICATE_ONLY, CERTIFICATE_NEEDED);

	private final String reason;

	public LoginRefused(String reason, String message) {
		super(message);
		if (!REASONS.contains(reason)) {
			throw new IllegalArgumentException("Unknown login refusal " + reason);
		}
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}

}
