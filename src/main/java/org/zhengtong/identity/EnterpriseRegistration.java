package org.zhengtong.identity;

import org.zhengtong.shared.CreditCode;

/** An enterprise signing up on the portal (法人用户注册) with its 统一社会信用代码. */
public record EnterpriseRegistration(String username, String name, CreditCode creditCode, String email, String mobile,
		String password) {

	@Override
	public String toString() {
		return "EnterpriseRegistration[" + username + ", " + creditCode.value() + "]";
	}

}
