package org.zhengtong.interaction.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.casework.CaseType;

/**
 * The 用印 step of a 答复书 as a case of the core: it waits in the 待办 inbox of the unit's
 * 印章管理员 until one of them seals it.
 */
@Configuration(proxyBeanMethods = false)
class DisclosureSealType {

	static final String CODE = "interaction.disclosure-seal";

	/** The states of the 用印 case. */
	enum SealState {

		NEW, AWAITING_SEAL, SEALED

	}

	@Bean
	CaseType<SealState> disclosureSealCaseType() {
		return CaseType.of(CODE, "interaction", SealState.class, SealState.NEW)
			.allow(SealState.NEW, SealState.AWAITING_SEAL, SealState.SEALED)
			.allow(SealState.AWAITING_SEAL, SealState.SEALED)
			.terminal(SealState.SEALED)
			.build();
	}

}
