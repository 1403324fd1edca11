package org.zhengtong.permit;

import org.zhengtong.shared.Refusal;

/** A 发证 (or 办结) step the rules refuse; nothing was issued or changed. */
public class IssueRefused extends Refusal {

	private IssueRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	/** Unknown, or not a case of the seal keeper's department (answered as not found). */
	public static IssueRefused notFound() {
		return new IssueRefused("permit.issue.refused.notFound", "No such case");
	}

	/** The case is not (or no longer) waiting for its licence. */
	public static IssueRefused notWaiting(String number) {
		return new IssueRefused("permit.issue.refused.notWaiting",
				"Case " + number + " is not waiting for a licence: it was issued before or not approved with one",
				number);
	}

	/**
	 * An online citizen's 身份证号 must be typed from the materials and match the masked one.
	 */
	public static IssueRefused holderIdMismatch() {
		return new IssueRefused("permit.issue.refused.holderIdMismatch",
				"Enter the applicant's full 身份证号 from the application's materials; it must match the one on the case");
	}

	/** The applicant's rating needs a closed case. */
	public static IssueRefused notClosed() {
		return new IssueRefused("permit.rating.refused.notClosed", "The service can be rated once the case is closed");
	}

}
