package org.zhengtong.permit;

import org.zhengtong.shared.Refusal;

/** A licence act the rules refuse; nothing was issued or changed. */
public class LicenceRefused extends Refusal {

	private LicenceRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	/** Unknown here, or outside the caller's department (answered as not found). */
	public static LicenceRefused notFound() {
		return new LicenceRefused("permit.licence.refused.notFound", "No such licence");
	}

	/** 发证 needs the seal, which needs a session opened with a certificate. */
	public static LicenceRefused certificateSessionNeeded() {
		return new LicenceRefused("permit.licence.refused.certificateSessionNeeded",
				"Issuing a licence seals it with the department's seal: sign in with your certificate first");
	}

	public static LicenceRefused notSealKeeper() {
		return new LicenceRefused("permit.licence.refused.notSealKeeper",
				"Only a seal keeper of the issuing department, working in a post there, may issue its licences");
	}

	public static LicenceRefused badHolderId() {
		return new LicenceRefused("permit.licence.refused.badHolderId", "The holder's 身份证号 or 统一社会信用代码 is not valid");
	}

	public static LicenceRefused badFields(String fields) {
		return new LicenceRefused("permit.licence.refused.badFields",
				"Every field of the licence template needs a value (1–500 characters), and only those: " + fields,
				fields);
	}

	public static LicenceRefused badText() {
		return new LicenceRefused("permit.licence.refused.badText",
				"The holder's name (up to 200 characters) and the case number are required");
	}

	public static LicenceRefused reasonMissing() {
		return new LicenceRefused("permit.licence.refused.reasonMissing",
				"Give the reason (up to 500 characters) for revoking or cancelling the licence");
	}

	public static LicenceRefused notValid() {
		return new LicenceRefused("permit.licence.refused.notValid",
				"Only a licence that is still valid can be revoked or cancelled");
	}

	public static LicenceRefused notDecider() {
		return new LicenceRefused("permit.licence.refused.notDecider",
				"Only the issuing department's 审批负责人 may revoke or cancel its licences");
	}

}
