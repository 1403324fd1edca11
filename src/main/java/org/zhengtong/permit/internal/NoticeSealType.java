package org.zhengtong.permit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.casework.CaseType;

/**
 * The 用印 step of a permit notice as a case of the core: it waits in the 待办 inbox of the
 * department's 印章管理员 until one of them seals it.
 */
@Configuration(proxyBeanMethods = false)
class NoticeSealType {

	static final String CODE = "permit.notice-seal";

	/** The states of the 用印 case. */
	enum SealState {

		NEW, AWAITING_SEAL, SEALED

	}

	@Bean
	CaseType<SealState> permitNoticeSealCaseType() {
		return CaseType.of(CODE, "permit", SealState.class, SealState.NEW)
			.allow(SealState.NEW, SealState.AWAITING_SEAL, SealState.SEALED)
			.allow(SealState.AWAITING_SEAL, SealState.SEALED)
			.terminal(SealState.SEALED)
			.build();
	}

}
