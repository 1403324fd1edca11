package org.zhengtong.pki;

import java.time.Instant;
import java.util.Optional;

/**
 * 管理员证书重新申领: the three administrators (三员) who have once held a login certificate sign in
 * with certificate and password from then on. One whose certificate was revoked or has
 * expired gets a new one through the RA: an RA operator — never the administrator —
 * checks their identity in person and opens a window (audited) during which their
 * password alone signs them in to ask for the new certificate; it closes as soon as a new
 * login certificate is issued to them, or after {@code zhengtong.pki.reenrolment-window}
 * (8 hours by default).
 */
public interface AdministratorReenrolment {

	/**
	 * @return until when the window is open
	 * @throws PkiRefused when the operator is the administrator, or the account is not an
	 * administrator who has held a login certificate and holds no valid one now
	 */
	Instant open(String administrator, String operator);

	/** Until when the administrator's window is open, if it is. */
	Optional<Instant> openUntil(String administrator);

}
