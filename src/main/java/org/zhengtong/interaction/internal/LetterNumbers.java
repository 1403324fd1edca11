package org.zhengtong.interaction.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.RunningPlatformOnly;
import org.zhengtong.casework.Numbers;
import org.zhengtong.identity.AccountManagement;

/**
 * Letter numbers ({@code 2026-000123}, gap-free per year) come from the core's counter
 * {@code interaction.request}; it is defined on the first start. An administrator may
 * change its pattern later; a restart keeps what they chose. Defined before the demo's
 * letters are written ({@code DemoInteractionYear}).
 */
@Component
@Order(10)
@RunningPlatformOnly
class LetterNumbers implements ApplicationRunner {

	static final String PATTERN = "{year}-{n:6}";

	private final Numbers numbers;

	LetterNumbers(Numbers numbers) {
		this.numbers = numbers;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (numbers.scopes().contains(LetterType.NUMBER_SCOPE)) {
			return;
		}
		try {
			numbers.define(LetterType.NUMBER_SCOPE, null, PATTERN, AccountManagement.SYSTEM);
		}
		catch (DataIntegrityViolationException anotherInstanceFirst) {
			// defined by another instance starting at the same moment
		}
	}

}
