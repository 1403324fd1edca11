package org.zhengtong.permit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.Numbers;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * 办件编号 ({@code XK2026000123}, gap-free per year) come from the core's counter
 * {@code permit.case}; it is defined on the first start. An administrator may change its
 * pattern later; a restart keeps what they chose.
 */
@Component
@Order(10)
@RunningPlatformOnly
class PermitNumbers implements ApplicationRunner {

	static final String PATTERN = "XK{year}{n:6}";

	private final Numbers numbers;

	PermitNumbers(Numbers numbers) {
		this.numbers = numbers;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (numbers.scopes().contains(PermitCaseType.NUMBER_SCOPE)) {
			return;
		}
		try {
			numbers.define(PermitCaseType.NUMBER_SCOPE, null, PATTERN, AccountManagement.SYSTEM);
		}
		catch (DataIntegrityViolationException anotherInstanceFirst) {
			// defined by another instance starting at the same moment
		}
	}

}
