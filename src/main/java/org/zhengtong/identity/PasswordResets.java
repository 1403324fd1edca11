package org.zhengtong.identity;

/**
 * 找回密码 by e-mail, for citizens and enterprises (staff ask their administrator). A link
 * with a single-use token valid for {@code zhengtong.password.reset-validity} goes to the
 * account's e-mail address.
 */
public interface PasswordResets {

	/**
	 * Sends a reset link when {@code usernameOrEmail} names a public account with an
	 * e-mail address, at most {@code zhengtong.password.resets-per-hour} an hour. Says
	 * nothing about whether it did, so nobody can learn which accounts exist.
	 */
	void request(String usernameOrEmail, String address);

	/** Whether the token can still be used. */
	boolean usable(String token);

	/**
	 * Sets a new password with the token, which is then spent; also unlocks the account.
	 * @throws AccountRefused when the token is unknown, used or expired, or the password
	 * too weak
	 */
	void reset(String token, String newPassword);

}
