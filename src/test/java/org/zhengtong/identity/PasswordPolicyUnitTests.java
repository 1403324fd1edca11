package org.zhengtong.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordPolicyUnitTests {

	@Test
	void a_long_password_of_three_kinds_of_character_is_accepted() {
		assertThatCode(() -> PasswordPolicy.check("zhangwei", "Qinchuan@2026")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("zhangwei", "秦川市政务Good2026")).doesNotThrowAnyException();
	}

	@Test
	void each_broken_rule_is_named() {
		refused("zhangwei", "Short@1a", "account.refused.weakPassword.tooShort");
		refused("zhangwei", "onlylowercase2026", "account.refused.weakPassword.tooSimple");
		refused("zhangwei", "Zhangwei@2026", "account.refused.weakPassword.containsUsername");
		refused("zhangwei", "Aa1!Aa1!Aa1!", "account.refused.weakPassword.tooRepetitive");
	}

	private static void refused(String username, String password, String key) {
		assertThatExceptionOfType(AccountRefused.class).isThrownBy(() -> PasswordPolicy.check(username, password))
			.satisfies((refused) -> org.assertj.core.api.Assertions.assertThat(refused.messageKey()).isEqualTo(key));
	}

}
