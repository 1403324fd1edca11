package org.zhengtong.pki.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps a fresh CRL ready for every CA of both hierarchies (roots, current and retired
 * issuing CAs until they expire) without waiting for a client to ask: every hour (on one
 * instance) a CRL past half its validity is re-signed. Revocations already invalidate it
 * at once.
 */
@Component
class CrlRefresh {

	private final CertificateAuthorityService authority;

	CrlRefresh(CertificateAuthorityService authority) {
		this.authority = authority;
	}

	@Scheduled(fixedDelayString = "${zhengtong.pki.crl-refresh:PT1H}", initialDelayString = "PT5M")
	@SchedulerLock(name = "pki.crl-refresh", lockAtMostFor = "PT10M")
	void refresh() {
		for (CertificateAuthorityService.Authority one : authority.publishing()) {
			authority.crlOf(one);
		}
	}

}
