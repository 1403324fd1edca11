package org.zhengtong.permit.internal;

/**
 * 并联审批: a main case is decided only once every sub-case is. {@link JointCases} is the
 * gate.
 */
interface JointGate {

	/**
	 * Refuses (a {@link org.zhengtong.permit.DecisionRefused}) while a sub-case of
	 * {@code main} is undecided; a case without sub-cases passes.
	 */
	void requireAllDecided(PermitCase main);

}
