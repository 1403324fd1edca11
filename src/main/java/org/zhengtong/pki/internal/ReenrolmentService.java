package org.zhengtong.pki.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.pki.AdministratorReenrolment;
import org.zhengtong.pki.PkiRefused;

@Service
class ReenrolmentService implements AdministratorReenrolment {

	private final SecondFactorRecords records;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration window;

	ReenrolmentService(SecondFactorRecords records, AccountManagement accounts, ApplicationEventPublisher events,
			Clock clock, @Value("${zhengtong.pki.reenrolment-window:PT8H}") Duration window) {
		this.records = records;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.window = window;
	}

	@Override
	@Transactional
	public Instant open(String administrator, String operator) {
		AccountView account = accounts.find(administrator.strip())
			.filter(AccountView::active)
			.filter(AccountView::administrator)
			.orElseThrow(() -> PkiRefused.reenrolmentNotNeeded(administrator));
		if (account.username().equalsIgnoreCase(operator)) {
			throw PkiRefused.selfApproval();
		}
		Instant now = clock.instant();
		if (!records.everHeldLoginCertificate(account.username())
				|| records.holdsValidLoginCertificate(account.username(), now)) {
			throw PkiRefused.reenrolmentNotNeeded(account.username());
		}
		Instant until = now.plus(window);
		records.openWindow(account.username(), operator, now, until);
		events.publishEvent(AuditableEvent.succeeded(now, operator, "pki.reenrolment-opened", "account",
				account.id().toString(), "核实身份后允许管理员 " + account.username() + " 凭密码登录以重新申领登录证书，至 " + until));
		return until;
	}

	@Override
	public Optional<Instant> openUntil(String administrator) {
		return records.windowOpenUntil(administrator, clock.instant());
	}

}
