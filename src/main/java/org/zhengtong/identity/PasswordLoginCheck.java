package org.zhengtong.identity;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * A rule a right password alone does not satisfy, checked after the password (so a
 * refusal tells nothing to someone who does not know it). Modules contribute beans; the
 * PKI, for instance, asks the 三员 for their certificate too.
 */
public interface PasswordLoginCheck {

	/**
	 * @throws org.zhengtong.platform.LoginRefused when the rule refuses the login
	 */
	void check(UserDetails user);

}
