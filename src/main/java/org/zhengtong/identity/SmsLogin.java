package org.zhengtong.identity;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * 短信验证码登录 for citizens and enterprises: a six-digit code sent to the mobile number they
 * registered, valid for five minutes, five tries, once.
 */
public interface SmsLogin {

	/** Whether an SMS gateway is configured (otherwise the option is not offered). */
	boolean available();

	/**
	 * Sends a code when {@code mobile} belongs to an active public account, at most one a
	 * minute and five an hour per number, and within the per-address and platform-wide
	 * hourly limits ({@code zhengtong.sms.codes-per-address-per-hour},
	 * {@code zhengtong.sms.codes-per-hour}); a new code ends the earlier ones. Says
	 * nothing about whether it did.
	 */
	void sendCode(String mobile, String address);

	/**
	 * The user name the code signs in, spending the code; empty for a wrong, used or
	 * expired code. Each wrong try counts against the code, against the account from
	 * {@code address} (as a wrong password does) and is audited.
	 */
	Optional<String> verify(String mobile, String code, @Nullable String address);

}
