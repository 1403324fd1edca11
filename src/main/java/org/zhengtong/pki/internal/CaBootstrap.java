package org.zhengtong.pki.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * On start (not for the command-line tools): the CA hierarchies, the server certificate
 * and the platform's signing certificate are created the first time (the last one also
 * when it comes within 30 days of its end), and the CA keys are opened — a wrong key
 * password stops the start here, with the reason.
 */
@Component
@Order(5)
@RunningPlatformOnly
class CaBootstrap implements ApplicationRunner {

	private final CertificateAuthorityService authorities;

	private final PlatformSignature platformSignature;

	CaBootstrap(CertificateAuthorityService authorities, PlatformSignature platformSignature) {
		this.authorities = authorities;
		this.platformSignature = platformSignature;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		authorities.bootstrap();
		platformSignature.credential();
	}

}
