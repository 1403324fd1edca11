package org.zhengtong.pki.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.organization.PostEnded;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.CertificateView;

/**
 * Someone who leaves their unit (their 编制 post ends: a move, or the account is
 * deactivated) loses the certificates issued in that unit's name: they are revoked with
 * the reason affiliationChanged, by the system, audited.
 */
@Component
class LeaverRevocation {

	static final int AFFILIATION_CHANGED = 3;

	private final CertificateRequests requests;

	private final AccountManagement accounts;

	LeaverRevocation(CertificateRequests requests, AccountManagement accounts) {
		this.requests = requests;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(PostEnded ended) {
		if (!ended.principal()) {
			return;
		}
		accounts.find(ended.holderId()).ifPresent((holder) -> {
			for (CertificateView certificate : requests.certificatesOf(holder.username())) {
				if (certificate.state().equals("VALID")) {
					requests.revoke(certificate.serial(), AFFILIATION_CHANGED, AccountManagement.SYSTEM);
				}
			}
		});
	}

}
