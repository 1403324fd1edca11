package org.zhengtong.pki;

import org.zhengtong.shared.Refusal;

/** A certificate request or change the rules refuse; nothing was issued or changed. */
public class PkiRefused extends Refusal {

	private PkiRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static PkiRefused malformedCsr() {
		return new PkiRefused("pki.refused.malformedCsr", "This is not a PKCS#10 certificate request (CSR)");
	}

	public static PkiRefused badSignature() {
		return new PkiRefused("pki.refused.badSignature", "The request's signature does not match its key");
	}

	public static PkiRefused keyNotAllowed(String key, String accepted) {
		return new PkiRefused("pki.refused.keyNotAllowed",
				"A " + key + " key is not allowed for this certificate; use " + accepted, key, accepted);
	}

	public static PkiRefused dnsNamesNeeded() {
		return new PkiRefused("pki.refused.dnsNamesNeeded", "A server certificate needs 1 to 10 DNS names");
	}

	public static PkiRefused badDnsName(String name) {
		return new PkiRefused("pki.refused.badDnsName", name + " is not a DNS name", name);
	}

	/** A DNS name outside the domains this CA may certify (its name constraints). */
	public static PkiRefused nameNotPermitted(String name, String domains) {
		return new PkiRefused("pki.refused.nameNotPermitted",
				name + " is outside the domains this platform may certify (" + domains + ")", name, domains);
	}

	public static PkiRefused tooLarge() {
		return new PkiRefused("pki.refused.tooLarge", "A certificate request is at most 16 KB");
	}

	/**
	 * Re-enrolment (issue 15): only for an administrator who lost their login
	 * certificate.
	 */
	public static PkiRefused reenrolmentNotNeeded(String account) {
		return new PkiRefused("pki.refused.reenrolmentNotNeeded",
				account + " is not an administrator who has held a login certificate and holds no valid one now",
				account);
	}

	public static PkiRefused selfApproval() {
		return new PkiRefused("pki.refused.selfApproval",
				"An RA operator cannot decide a request they made or that is for them");
	}

	public static PkiRefused notPending() {
		return new PkiRefused("pki.refused.notPending", "This request has already been decided");
	}

	public static PkiRefused noUnit(String holder) {
		return new PkiRefused("pki.refused.noUnit", holder + " holds no post in a unit", holder);
	}

	public static PkiRefused reasonMissing() {
		return new PkiRefused("pki.refused.reasonMissing", "Give the reason for the rejection");
	}

	public static PkiRefused alreadyRevoked() {
		return new PkiRefused("pki.refused.alreadyRevoked", "This certificate is already revoked");
	}

	public static PkiRefused notCollectable() {
		return new PkiRefused("pki.refused.notCollectable",
				"This request has no key waiting to be collected (not approved, or already collected)");
	}

	public static PkiRefused weakPassword() {
		return new PkiRefused("pki.refused.weakPassword", "The file password needs at least 8 characters");
	}

	public static PkiRefused notRenewable() {
		return new PkiRefused("pki.refused.notRenewable", "Only a valid certificate of your own can be renewed");
	}

	public static PkiRefused notCms() {
		return new PkiRefused("pki.refused.notCms", "This is not a signed or encrypted CMS message, or it is damaged");
	}

	public static PkiRefused contentMissing() {
		return new PkiRefused("pki.refused.contentMissing",
				"This signature is detached: the signed file is needed to check it");
	}

	public static PkiRefused notForThisKey() {
		return new PkiRefused("pki.refused.notForThisKey", "This envelope is not addressed to this certificate");
	}

	public static PkiRefused cannotEncryptFor(String subject) {
		return new PkiRefused("pki.refused.cannotEncryptFor",
				"Cannot encrypt for " + subject + ": its key is neither RSA nor ECDSA P-256", subject);
	}

	/** 用印 by someone who is not the unit's 印章管理员 in the post they work in now. */
	public static PkiRefused notSealKeeper(String unit) {
		return new PkiRefused("pki.refused.notSealKeeper",
				"Only a seal keeper of " + unit + ", working in a post of that unit, may use its seal", unit);
	}

	/** 用印 in a session not opened with a valid certificate. */
	public static PkiRefused certificateSessionNeeded() {
		return new PkiRefused("pki.refused.certificateSessionNeeded",
				"Using a unit's seal needs a session opened with your certificate: sign in with your certificate");
	}

	public static PkiRefused notPdf() {
		return new PkiRefused("pki.refused.notPdf", "This is not a PDF file, or it is damaged");
	}

	public static PkiRefused notOfd() {
		return new PkiRefused("pki.refused.notOfd", "This is not an OFD file, or it is damaged or already sealed");
	}

}
