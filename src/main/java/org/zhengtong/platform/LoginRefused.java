package org.zhengtong.platform;

import java.util.Set;

import org.springframework.security.core.AuthenticationException;

/**
 * A login whose password was right but which a rule refuses; the login page says which
 * rule ({@code /login?error=<reason>}).
 */
public class LoginRefused extends AuthenticationException {

	/** The account signs in with its certificate only. */
	public static final String CERTIFICATE_ONLY = "certificate-only";

	/** The account needs its certificate as well as its password (三员). */
	public static final String CERTIFICATE_NEEDED = "certificate-needed";

	public static final Set<String> REASONS = Set.of(CERTIFICATE_ONLY, CERTIFICATE_NEEDED);

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
