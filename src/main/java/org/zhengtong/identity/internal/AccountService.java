package org.zhengtong.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountRefused;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.PasswordPolicy;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleGrant;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.Appointment;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;

/**
 * Accounts and roles. A refusal for lack of rights is checked before anything changes and
 * commits (noRollbackFor), so its audit entry is kept.
 */
@Service
class AccountService implements AccountManagement {

	private static final String MANAGE = "account.manage";

	private final AccountRecords records;

	private final PasswordEncoder passwords;

	private final ScopeService scopes;

	private final PostManagement posts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration passwordMaxAge;

	private final CurrentPasswordCheck currentPasswords;

	AccountService(AccountRecords records, PasswordEncoder passwords, ScopeService scopes, PostManagement posts,
			ApplicationEventPublisher events, Clock clock,
			@Value("${zhengtong.password.max-age:P90D}") Duration passwordMaxAge,
			CurrentPasswordCheck currentPasswords) {
		this.currentPasswords = currentPasswords;
		this.records = records;
		this.passwords = passwords;
		this.scopes = scopes;
		this.posts = posts;
		this.events = events;
		this.clock = clock;
		this.passwordMaxAge = passwordMaxAge;
	}

	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public AccountView create(String username, String displayName, AccountKind kind, @Nullable UUID unitId,
			String password, boolean mustChange, String actor) {
		mayManageUnit(actor, unitId, "identity.account-created", username);
		PasswordPolicy.check(username, password);
		return createWithHash(username, displayName, kind, unitId, passwords.encode(password), mustChange, actor);
	}

	/**
	 * For accounts whose password hash is already known (demo data shares one precomputed
	 * hash). No rights are checked: only the platform itself calls it.
	 */
	AccountView createWithHash(String username, String displayName, AccountKind kind, @Nullable UUID unitId,
			@Nullable String hash, boolean mustChange, String actor) {
		if (records.find(username).isPresent()) {
			throw AccountRefused.usernameTaken(username);
		}
		UUID id = UUID.randomUUID();
		try {
			records.insert(id, username, displayName, kind, unitId, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw AccountRefused.usernameTaken(username);
		}
		if (hash != null) {
			records.setPassword(id, hash, mustChange, clock.instant());
		}
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "identity.account-created", "account",
				id.toString(), "创建账户 " + username + "（" + displayName + "）"));
		return view(records.find(username).orElseThrow());
	}

	/**
	 * An account nobody can log in to until an administrator gives it a one-time password
	 * (imports); the caller has checked the actor's rights.
	 */
	AccountView createWithoutPassword(String username, String displayName, AccountKind kind, String actor) {
		return createWithHash(username, displayName, kind, null, null, true, actor);
	}

	/**
	 * The interface's default, here again for its transaction: the default method calls
	 * the other {@code grant} on this object itself, past the transactional proxy, so a
	 * role granted on {@code /admin/roles} was written without a transaction and its
	 * audit event never reached the after-commit listener.
	 */
	@Override
	@Transactional
	public AccountView grant(String username, Role role, String actor) {
		return grant(username, new RoleGrant(role, role.defaultScope(), null, java.util.Set.of()), actor);
	}

	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public AccountView grant(String username, RoleGrant grant, String actor) {
		AccountRecords.Account account = existing(username);
		Role role = grant.role();
		mayAppoint(actor, role, account, grant, "identity.role-granted");
		if (role == Role.UNIT_ADMIN && grant.unitId() == null) {
			throw AccountRefused.unitAdminNeedsUnit();
		}
		if (role.administrator()) {
			Optional<Role> held = account.roles()
				.stream()
				.filter(Role::administrator)
				.filter((r) -> r != role)
				.findFirst();
			if (held.isPresent()) {
				throw AccountRefused.twoAdministratorRoles(account.username(), held.get(), role);
			}
		}
		records.grant(account.id(), grant, actor, clock.instant());
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor, "identity.role-granted", "account", account.id().toString(),
					"授予 " + account.username() + " 角色 " + role + "（数据范围 " + grant.scope()
							+ (grant.unitId() == null ? "" : " " + grant.unitId()) + "）")
			.withChange(account.roles().toString(), role.name() + ":" + grant.scope()));
		return view(existing(username));
	}

	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public AccountView revoke(String username, Role role, String actor) {
		AccountRecords.Account account = existing(username);
		mayAppoint(actor, role, account, null, "identity.role-revoked");
		if (!account.roles().contains(role)) {
			return view(account);
		}
		if (role.administrator() && records.activeHolders(role) <= 1) {
			throw AccountRefused.lastAdministrator(account.username(), role);
		}
		records.revoke(account.id(), role);
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor, "identity.role-revoked", "account", account.id().toString(),
					"收回 " + account.username() + " 的角色 " + role)
			.withChange(account.roles().toString(), "-" + role.name()));
		return view(existing(username));
	}

	@Override
	public List<AccountView> search(String text, AccessScope scope, int limit) {
		if (scope.isEmpty()) {
			return List.of();
		}
		return records.search(text, scope, limit).stream().map(this::view).toList();
	}

	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public String createStaff(String username, String displayName, @Nullable StaffPost post, String actor) {
		mayManageUnit(actor, post == null ? null : post.unitId(), "identity.account-created", username);
		String password = OneTimePasswords.next();
		createWithHash(username, displayName, AccountKind.STAFF, null, passwords.encode(password), true, actor);
		grant(username, Role.STAFF, actor);
		if (post != null) {
			appoint(username, post, actor);
		}
		return password;
	}

	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public PostView appoint(String username, StaffPost post, String actor) {
		AccountRecords.Account account = existing(username);
		mayManage(actor, account, "organization.post-appointed");
		mayManageUnit(actor, post.unitId(), "organization.post-appointed", username);
		if (account.kind() != AccountKind.STAFF) {
			throw AccountRefused.notStaff(username);
		}
		PostView appointed = posts.appoint(new Appointment(account.id(), account.displayName(), post.unitId(),
				post.departmentId(), post.title(), post.principal(), post.phone(), LocalDate.now(clock)), actor);
		if (post.principal()) {
			records.setUnit(account.id(), post.unitId());
		}
		return appointed;
	}

	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public void endPost(String username, UUID postId, String actor) {
		AccountRecords.Account account = existing(username);
		mayManage(actor, account, "organization.post-ended");
		PostView post = posts.post(postId)
			.filter((found) -> found.holderId().equals(account.id()))
			.orElseThrow(() -> AccountRefused.postNotTheirs(username));
		posts.end(postId, actor);
		if (post.principal()) {
			records.setUnit(account.id(), null);
		}
	}

	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public String resetPassword(String username, String actor) {
		AccountRecords.Account account = existing(username);
		mayManage(actor, account, "identity.password-reset");
		String password = OneTimePasswords.next();
		records.setPassword(account.id(), passwords.encode(password), true, clock.instant());
		records.unlock(account.username());
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "identity.password-reset", "account",
				account.id().toString(), "为 " + account.username() + " 重设一次性密码"));
		return password;
	}

	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public void deactivate(String username, String actor) {
		AccountRecords.Account account = existing(username);
		mayManage(actor, account, "identity.account-deactivated");
		if (account.username().equalsIgnoreCase(actor)) {
			throw AccountRefused.ownAccount();
		}
		if (!account.active()) {
			return;
		}
		for (Role role : account.roles()) {
			if (role.administrator() && records.activeHolders(role) <= 1) {
				throw AccountRefused.lastAdministrator(account.username(), role);
			}
		}
		posts.postsOf(account.id()).forEach((post) -> posts.end(post.id(), actor));
		records.setUnit(account.id(), null);
		records.setActive(account.id(), false);
		events
			.publishEvent(AuditableEvent
				.succeeded(clock.instant(), actor, "identity.account-deactivated", "account", account.id().toString(),
						"停用账户 " + account.username() + "（" + account.displayName() + "）")
				.withChange("active", "inactive"));
	}

	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public void reactivate(String username, String actor) {
		AccountRecords.Account account = existing(username);
		mayManage(actor, account, "identity.account-reactivated");
		if (account.active()) {
			return;
		}
		records.setActive(account.id(), true);
		events.publishEvent(
				AuditableEvent
					.succeeded(clock.instant(), actor, "identity.account-reactivated", "account",
							account.id().toString(), "重新启用账户 " + account.username())
					.withChange("inactive", "active"));
	}

	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public void unlock(String username, String actor) {
		AccountRecords.Account account = existing(username);
		mayManage(actor, account, "identity.account-unlocked");
		records.unlock(account.username());
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "identity.account-unlocked", "account",
				account.id().toString(), "解除 " + account.username() + " 的锁定"));
	}

	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public void setCertificateOnly(String username, boolean certificateOnly, String actor) {
		AccountRecords.Account account = existing(username);
		mayManage(actor, account, "identity.certificate-only");
		if (account.kind() != AccountKind.STAFF) {
			throw new IllegalArgumentException("Only staff accounts sign in with certificates");
		}
		if (account.certificateOnly() == certificateOnly) {
			return;
		}
		records.setCertificateOnly(account.id(), certificateOnly);
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor, "identity.certificate-only", "account", account.id().toString(),
					(certificateOnly ? "设置 " : "取消 ") + account.username() + " 仅允许证书登录")
			.withChange(String.valueOf(account.certificateOnly()), String.valueOf(certificateOnly)));
	}

	@Override
	public Optional<AccountView> find(String username) {
		return records.find(username).map(this::view);
	}

	@Override
	public Optional<AccountView> find(UUID id) {
		return records.find(id).map(this::view);
	}

	@Override
	@Transactional
	public void changePassword(String username, String currentPassword, String newPassword, @Nullable String address) {
		AccountRecords.Account account = records.find(username).orElseThrow(AccountRefused::wrongCurrentPassword);
		currentPasswords.check(account, currentPassword, newPassword, address);
		PasswordPolicy.check(account.username(), newPassword);
		records.setPassword(account.id(), passwords.encode(newPassword), false, clock.instant());
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), account.username(), "identity.password-changed",
				"account", account.id().toString(), account.username() + " 修改了密码"));
	}

	/**
	 * A one-time password, or one older than {@code zhengtong.password.max-age} (等级保护:
	 * change regularly).
	 */
	@Override
	public boolean mustChangePassword(String username) {
		return records.find(username)
			.map((account) -> account.mustChange() || (account.passwordChangedAt() != null
					&& account.passwordChangedAt().plus(passwordMaxAge).isBefore(clock.instant())))
			.orElse(false);
	}

	boolean anyoneHolds(Role role) {
		return records.anyoneHolds(role);
	}

	private AccountRecords.Account existing(String username) {
		return records.find(username).orElseThrow(() -> new IllegalArgumentException("No account " + username));
	}

	/**
	 * The actor manages accounts ({@code account.manage}) and the account is in their
	 * scope.
	 */
	private void mayManage(String actor, AccountRecords.Account account, String action) {
		if (!SYSTEM.equals(actor) && !scopes.of(actor, MANAGE, null).reaches(account.unitId(), null)) {
			throw denied(actor, action, account.id().toString(), account.username() + " 不在 " + actor + " 的管理范围内");
		}
	}

	private void mayManageUnit(String actor, @Nullable UUID unit, String action, String username) {
		if (SYSTEM.equals(actor)) {
			return;
		}
		AccessScope scope = scopes.of(actor, MANAGE, null);
		if (!(scope.all() || (unit != null && scope.reachesUnit(unit)))) {
			throw denied(actor, action, null, "不能在管理范围以外的单位为 " + username + " 办理");
		}
	}

	/**
	 * The actor has the role's appointing permission; one whose scope for it is not 全部
	 * gives only roles they hold, to accounts and units in their scope.
	 */
	private void mayAppoint(String actor, Role role, AccountRecords.Account account, @Nullable RoleGrant grant,
			String action) {
		if (SYSTEM.equals(actor)) {
			return;
		}
		AccessScope scope = scopes.of(actor, role.appointedWith(), null);
		boolean allowed = scope.all() || (!scope.isEmpty() && holds(actor, role) && scope.reachesUnit(account.unitId())
				&& (grant == null || grant.scope() == DataScope.SELF || grant.scope() == DataScope.UNIT
						&& (grant.unitId() == null || scope.reachesUnit(grant.unitId()))));
		if (!allowed) {
			throw denied(actor, action, account.id().toString(),
					actor + " 无权授予或收回 " + account.username() + " 的角色 " + role);
		}
	}

	private boolean holds(String actor, Role role) {
		return records.find(actor).map((found) -> found.roles().contains(role)).orElse(false);
	}

	private AccessDeniedException denied(String actor, String action, @Nullable String objectId, String summary) {
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, action, "account", objectId, summary)
			.withOutcome(Outcome.DENIED));
		return new AccessDeniedException(summary);
	}

	private AccountView view(AccountRecords.Account account) {
		return new AccountView(account.id(), account.username(), account.displayName(), account.kind(),
				account.unitId(), account.active(), account.lockedAt(clock.instant()), account.roles(),
				account.grants(), account.certificateOnly());
	}

}
