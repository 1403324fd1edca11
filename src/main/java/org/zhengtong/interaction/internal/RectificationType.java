package org.zhengtong.interaction.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.casework.CaseType;

/**
 * 差评整改 as a case of the core: opened by a bad rating, waiting for the serving unit's
 * leaders, closed by the recorded follow-up (回访).
 */
@Configuration(proxyBeanMethods = false)
class RectificationType {

	static final String CODE = "interaction.rectification";

	/** Where a rectification's case stands. */
	enum State {

		/** Only the case's first moment. */
		NEW,
		/** 整改中: the unit verifies, rectifies and follows up. */
		RECTIFYING,
		/** 已回访: closed with the follow-up recorded. */
		CLOSED

	}

	@Bean
	CaseType<State> rectificationCaseType() {
		return CaseType.of(CODE, "interaction", State.class, State.NEW)
			.allow(State.NEW, State.RECTIFYING)
			.allow(State.RECTIFYING, State.CLOSED)
			.terminal(State.CLOSED)
			.build();
	}

}
