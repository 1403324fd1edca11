package org.zhengtong.permit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.Numbers;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * 证照编号 come from the core's gap-free counters, one per licence type
 * ({@code permit.licence.food-business}, {@code JY2026000001}), defined on the first
 * start; an administrator may change a pattern later and a restart keeps it. Issuing
 * defines a missing one too.
 */
@Component
@Order(11)
@RunningPlatformOnly
class LicenceNumbers implements ApplicationRunner {

	private final Numbers numbers;

	LicenceNumbers(Numbers numbers) {
		this.numbers = numbers;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		for (LicenceType type : LicenceType.values()) {
			if (numbers.scopes().contains(type.numberScope())) {
				continue;
			}
			try {
				numbers.define(type.numberScope(), null, type.pattern(), AccountManagement.SYSTEM);
			}
			catch (DataIntegrityViolationException anotherInstanceFirst) {
				// defined by another instance starting at the same moment
			}
		}
	}

}
