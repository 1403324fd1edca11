package org.zhengtong.permit;

import org.zhengtong.shared.Refusal;

/**
 * 并联审批: a step on a main case the joint rules refuse; nothing was changed. Message keys
 * live in {@code messages/permit*.properties}.
 */
public class JointRefused extends Refusal {

	private JointRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	/**
	 * The main case may be decided only when every department of the joint handling has
	 * decided its sub-case.
	 * @param departments the names of the departments still deciding, joined for reading
	 */
	public static JointRefused undecided(String number, String departments) {
		return new JointRefused("permit.joint.refused.undecided",
				"Joint case " + number + " waits for the decisions of " + departments, number, departments);
	}

}
