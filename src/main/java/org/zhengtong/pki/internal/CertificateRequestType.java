package org.zhengtong.pki.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.casework.CaseType;

import static org.zhengtong.pki.internal.CertificateRequestState.APPROVED;
import static org.zhengtong.pki.internal.CertificateRequestState.COLLECTED;
import static org.zhengtong.pki.internal.CertificateRequestState.ISSUED;
import static org.zhengtong.pki.internal.CertificateRequestState.PENDING;
import static org.zhengtong.pki.internal.CertificateRequestState.REJECTED;
import static org.zhengtong.pki.internal.CertificateRequestState.SUBMITTED;

/** The case type of certificate request approval, declared for the case-work core. */
@Configuration(proxyBeanMethods = false)
class CertificateRequestType {

	static final String CODE = "pki.certificate-request";

	@Bean
	CaseType<CertificateRequestState> certificateRequestCaseType() {
		return CaseType.of(CODE, "pki", CertificateRequestState.class, SUBMITTED)
			.allow(SUBMITTED, PENDING)
			.allow(PENDING, APPROVED, REJECTED)
			.allow(APPROVED, ISSUED, COLLECTED)
			.terminal(REJECTED, ISSUED, COLLECTED)
			.build();
	}

}
