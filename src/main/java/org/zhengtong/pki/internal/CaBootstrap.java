package org.zhengtong.pki.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start (not for the command-line tools): the CA hierarchies and the server
 * certificate are created the first time, and the CA keys are opened — a wrong key
 * password stops the start here, with the reason.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "zhengtong.command", havingValue = "none", matchIfMissing = true)
class CaBootstrap implements ApplicationRunner {

	private final CertificateAuthorityService authorities;

	CaBootstrap(CertificateAuthorityService authorities) {
		this.authorities = authorities;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		authorities.bootstrap();
	}

}
