package org.zhengtong.identity;

import org.jspecify.annotations.Nullable;
import org.zhengtong.shared.ResidentIdNumber;

/** A citizen signing up on the portal (个人用户注册): real name, 居民身份证号 and contacts. */
public record CitizenRegistration(String username, String realName, ResidentIdNumber idNumber, String mobile,
		@Nullable String email, String password) {

	@Override
	public String toString() {
		return "CitizenRegistration[" + username + ", " + idNumber.masked() + "]";
	}

}
