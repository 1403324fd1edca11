package org.zhengtong.permit;

import java.util.Optional;

/**
 * 电子证照 (行政许可法 art. 44): issuing, revoking and cancelling licences of the department's
 * decided cases.
 * <p>
 * {@link #issue} takes the type's next number (gap-free, the core's counter), lays out
 * the PDF (the department's name on the issuing day, a QR code to the public verification
 * page), seals it with the department's hosted seal, signs a detached CMS {@code .p7s}
 * over the sealed PDF, and keeps both in the file store with their SHA-256. Only a 印章管理员
 * of the department, working in a post there and signed in with a certificate, may do so
 * (the seal's rule, decisions.md "Unit keys are hosted"); a refusal stores nothing and is
 * audited DENIED.
 */
public interface Licences {

	/**
	 * Issues and seals a licence.
	 * @param actor the signed-in person issuing it (or on whose behalf it is issued)
	 * @throws LicenceRefused for a password-only session, an actor who may not use the
	 * department's seal, or invalid holder or fields
	 */
	LicenceView issue(IssueLicence command, String actor);

	/**
	 * 撤销 (the department withdraws the licence) or 注销 (it ends, e.g. given up): the
	 * verification page says so at once.
	 * @param revoke {@code true} for 撤销, {@code false} for 注销
	 * @throws LicenceRefused when the actor is not the department's 审批负责人 (not found
	 * outside their department), the reason is missing, or the licence is no longer valid
	 */
	LicenceView end(String number, boolean revoke, String reason, String actor);

	/** A licence by number, as its department's staff see it. */
	Optional<LicenceView> find(String number);

}
