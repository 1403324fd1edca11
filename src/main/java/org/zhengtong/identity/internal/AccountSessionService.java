package org.zhengtong.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.identity.AccountSessions;
import org.zhengtong.audit.AuditManagement;

@Service
class AccountSessionService implements AccountSessions {

	private final AccountRecords records;

	/** Absent in the command-line tools, which have no web sessions. */
	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final AuditManagement audit;

	private final Clock clock;

	AccountSessionService(AccountRecords records,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, AuditManagement audit,
			Clock clock) {
		this.records = records;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public int count(String username) {
		return records.stamps(username).map((stamps) -> sessionsOf(stamps).size()).orElse(0);
	}

	@Override
	@Transactional
	public int endAll(String username) {
		AccountRecords.Stamps stamps = records.stamps(username).orElseThrow();
		// Every instance sees the new stamp at the session's next request, whatever the
		// index says; the rows are deleted as well so that nothing lingers.
		records.bumpSecurity(stamps.id());
		List<String> ids = List.copyOf(sessionsOf(stamps).keySet());
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository != null) {
			ids.forEach(repository::deleteById);
		}
		audit.record(AuditableEvent.succeeded(clock.instant(), stamps.username(), "identity.logout-everywhere",
				"account", stamps.id().toString(), "退出所有设备（" + ids.size() + " 个会话）"));
		return ids.size();
	}

	@Override
	public void continueCurrentAfterOwnPasswordChange() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		HttpSession session = attributes.getRequest().getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session == null || authentication == null || !(authentication.getPrincipal() instanceof AccountUser user)) {
			return;
		}
		records.stamps(user.id()).ifPresent((stamps) -> {
			AccountUser renewed = user.withSecurityStamp(stamps.security());
			UsernamePasswordAuthenticationToken replaced = UsernamePasswordAuthenticationToken.authenticated(renewed,
					null, renewed.getAuthorities());
			replaced.setDetails(authentication.getDetails());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(replaced);
			SecurityContextHolder.setContext(context);
			session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		});
	}

	private Map<String, ? extends Session> sessionsOf(AccountRecords.Stamps stamps) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		return repository == null ? Map.of() : repository.findByPrincipalName(stamps.id().toString());
	}

}
