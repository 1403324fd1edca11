package org.zhengtong.permit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.casework.CaseType;

/**
 * 证照换发: when a department's seal certificate is revoked, the valid licences sealed with
 * it wait to be issued again under a good seal. One small core case per certificate and
 * department, whose one task waits in the 待办 of the department's 印章管理员 until none of
 * those licences is valid any more.
 */
@Configuration(proxyBeanMethods = false)
class ReissueTaskType {

	static final String CODE = "permit.reissue";

	/** The states of a 换发 task. */
	enum ReissueState {

		NEW, WAITING, DONE

	}

	@Bean
	CaseType<ReissueState> permitReissueTask() {
		return CaseType.of(CODE, "permit", ReissueState.class, ReissueState.NEW)
			.allow(ReissueState.NEW, ReissueState.WAITING)
			.allow(ReissueState.WAITING, ReissueState.DONE)
			.terminal(ReissueState.DONE)
			.build();
	}

}
