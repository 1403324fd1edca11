package org.zhengtong.interaction.internal;

import static org.zhengtong.interaction.internal.DisclosureState.ANSWERED;
import static org.zhengtong.interaction.internal.DisclosureState.CONSULTING;
import static org.zhengtong.interaction.internal.DisclosureState.CORRECTION;
import static org.zhengtong.interaction.internal.DisclosureState.EXTENSION_REVIEW;
import static org.zhengtong.interaction.internal.DisclosureState.LAPSED;
import static org.zhengtong.interaction.internal.DisclosureState.NEW;
import static org.zhengtong.interaction.internal.DisclosureState.RECEIVED;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.casework.CaseType;

/**
 * The disclosure request (依申请公开) as a case of the core: each state change goes through
 * {@code Casework.transition}, which refuses what is not declared here.
 */
@Configuration(proxyBeanMethods = false)
class DisclosureType {

	static final String CODE = "interaction.disclosure";

	@Bean
	CaseType<DisclosureState> disclosureCaseType() {
		return CaseType.of(CODE, "interaction", DisclosureState.class, NEW)
			.allow(NEW, RECEIVED)
			.allow(RECEIVED, CORRECTION, CONSULTING, EXTENSION_REVIEW, ANSWERED)
			.allow(CORRECTION, RECEIVED, LAPSED, ANSWERED)
			.allow(CONSULTING, RECEIVED)
			.allow(EXTENSION_REVIEW, RECEIVED)
			.terminal(ANSWERED, LAPSED)
			.build();
	}

}
