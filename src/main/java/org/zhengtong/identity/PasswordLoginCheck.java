package org.zhengtong.identity;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * A rule a right password alone does not satisfy. Modules contribute beans; the PKI, for
 * instance, asks the 三员 for their certificate too. The rule is asked <em>before</em> the
 * password is hashed, and a refusal answers exactly as a wrong password does, so that it
 * tells nobody whether the password was right (issue 15, "oracles").
 */
public interface PasswordLoginCheck {

	/**
	 * Before the password is checked.
	 * @throws org.zhengtong.platform.LoginRefused when the rule refuses the login
	 * whatever the password
	 */
	void check(UserDetails user);

	/**
	 * Whether this request carries a second factor of this very account (its own valid
	 * login certificate): then failures by password alone from elsewhere never refuse it;
	 * its own failures are counted apart.
	 */
	default boolean secondFactor(UserDetails user) {
		return false;
	}

	/** After the right password, just before the login succeeds. */
	default void passed(UserDetails user) {
	}

}
