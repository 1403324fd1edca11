package org.zhengtong.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccountFilter;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountRefused;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PasswordPolicy;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleGrant;
import org.zhengtong.identity.Roles;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.Appointment;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;
import org.zhengtong.shared.Refusal;

/**
 * Accounts and roles. Every right is checked before anything changes, and a refusal rolls
 * the whole action back; its DENIED audit entry is written in a transaction of its own
 * ({@link AuditManagement#recordApart}). The methods taking an {@link Actor} serve both
 * the signed-in actor ({@link AccountManagement}) and the platform
 * ({@link PlatformAccountService}); only the latter skips the rights checks.
 */
@Service
class AccountService implements AccountManagement {

	private static final String MANAGE = "account.manage";

	private final AccountRecords records;

	private final PasswordEncoder passwords;

	private final ScopeService scopes;

	private final PostManagement posts;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final Clock clock;

	private final Duration passwordMaxAge;

	private final CurrentPasswordCheck currentPasswords;

	private final Roles roles;

	private final MessageSource messages;

	AccountService(AccountRecords records, PasswordEncoder passwords, ScopeService scopes, PostManagement posts,
			ApplicationEventPublisher events, AuditManagement audit, Clock clock,
			@Value("${zhengtong.password.max-age:P90D}") Duration passwordMaxAge, CurrentPasswordCheck currentPasswords,
			Roles roles, MessageSource messages) {
		this.currentPasswords = currentPasswords;
		this.roles = roles;
		this.messages = messages;
		this.records = records;
		this.passwords = passwords;
		this.scopes = scopes;
		this.posts = posts;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.passwordMaxAge = passwordMaxAge;
	}

	@Override
	@Transactional
	public AccountView create(String username, String displayName, AccountKind kind, @Nullable UUID unitId,
			String password, boolean mustChange, String actor) {
		Actor user = Actor.user(actor);
		return refusalsAudited(user, "identity.account-created", username,
				() -> create(username, displayName, kind, unitId, password, mustChange, user));
	}

	AccountView create(String username, String displayName, AccountKind kind, @Nullable UUID unitId, String password,
			boolean mustChange, Actor actor) {
		mayManageUnit(actor, unitId, "identity.account-created", username);
		PasswordPolicy.check(username, password);
		return createWithHash(username, displayName, kind, unitId, passwords.encode(password), mustChange, actor);
	}

	/**
	 * For accounts whose password hash is already known (demo data shares one precomputed
	 * hash). No rights are checked: the callers have.
	 */
	AccountView createWithHash(String username, String displayName, AccountKind kind, @Nullable UUID unitId,
			@Nullable String hash, boolean mustChange, Actor actor) {
		if (ReservedNames.reserved(username)) {
			throw AccountRefused.reservedName(username);
		}
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
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor.name(), "identity.account-created",
				"account", id.toString(), "创建账户 " + username + "（" + displayName + "）"));
		return view(records.find(username).orElseThrow());
	}

	/**
	 * An account nobody can log in to until an administrator gives it a one-time password
	 * (imports); the caller has checked the actor's rights.
	 */
	AccountView createWithoutPassword(String username, String displayName, AccountKind kind, String actor) {
		return createWithHash(username, displayName, kind, null, null, true, Actor.user(actor));
	}

	/**
	 * Overrides the interface's default so that it runs in a transaction: a default
	 * method calls the other {@code grant} on the target, past the transactional proxy.
	 */
	@Override
	@Transactional
	public AccountView grant(String username, Role role, String actor) {
		return grant(username, new RoleGrant(role, role.defaultScope(), null, Set.of()), actor);
	}

	@Override
	@Transactional
	public AccountView grant(String username, RoleGrant grant, String actor) {
		Actor user = Actor.user(actor);
		return refusalsAudited(user, "identity.role-granted", username, () -> grant(username, grant, user));
	}

	/**
	 * The account's row stays locked to the end, so parallel grants to one account run
	 * one after the other and the second administrator role is refused, not stored.
	 */
	AccountView grant(String username, RoleGrant grant, Actor actor) {
		Role role = grant.role();
		if (!roles.declared(role)) {
			throw AccountRefused.undeclaredRole(role.code());
		}
		AccountRecords.Account account = locked(username);
		mayAppoint(actor, role, account, grant, "identity.role-granted");
		notOwnRoles(actor, account);
		if (!role.fits(account.kind())) {
			throw AccountRefused.roleNotForKind(account.username(), role, account.kind());
		}
		if (role.equals(IdentityRoles.UNIT_ADMIN) && grant.unitId() == null) {
			throw AccountRefused.unitAdminNeedsUnit();
		}
		Optional<Role> excluded = account.roles().stream().filter(role::excludes).findFirst();
		if (excluded.isPresent()) {
			throw AccountRefused.exclusiveRoles(account.username(), excluded.get(), role);
		}
		rolesAllow(actor, account, role);
		records.grant(account.id(), grant, actor.name(), clock.instant());
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor.name(), "identity.role-granted", "account", account.id().toString(),
					"授予 " + account.username() + " 角色“" + nameOf(role) + "”（数据范围 " + scopeOf(grant.scope())
							+ (grant.unitId() == null ? "" : " " + grant.unitId()) + "）")
			.withChange(namesOf(account.roles()), nameOf(role) + "（" + scopeOf(grant.scope()) + "）"));
		return view(existing(username));
	}

	@Override
	@Transactional
	public AccountView revoke(String username, Role role, String actor) {
		Actor user = Actor.user(actor);
		return refusalsAudited(user, "identity.role-revoked", username, () -> revoke(username, role, user));
	}

	AccountView revoke(String username, Role role, Actor actor) {
		if (!roles.declared(role)) {
			throw AccountRefused.undeclaredRole(role.code());
		}
		AccountRecords.Account account = locked(username);
		mayAppoint(actor, role, account, null, "identity.role-revoked");
		notOwnRoles(actor, account);
		if (!account.roles().contains(role)) {
			return view(account);
		}
		rolesAllow(actor, account, role);
		if (role.administrator() && records.activeHolders(role) <= 1) {
			throw AccountRefused.lastAdministrator(account.username(), role);
		}
		records.revoke(account.id(), role);
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor.name(), "identity.role-revoked", "account", account.id().toString(),
					"收回 " + account.username() + " 的角色“" + nameOf(role) + "”")
			.withChange(namesOf(account.roles()), "收回 " + nameOf(role)));
		return view(existing(username));
	}

	@Override
	public List<AccountView> search(String text, AccessScope scope, int limit) {
		if (scope.isEmpty()) {
			return List.of();
		}
		return records.search(text, scope, limit, clock.instant()).stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<AccountView> list(AccountFilter filter, AccessScope scope, @Nullable ListSort sort, int page,
			int size) {
		if (scope.isEmpty()) {
			return new PageOf<>(List.of(), 0, 0, ListQuery.pageSize(size));
		}
		PageOf<AccountRecords.Account> found = records.page(records.list(filter, scope, clock.instant()), sort, page,
				size);
		return new PageOf<>(found.items().stream().map(this::view).toList(), found.total(), found.page(), found.size());
	}

	@Override
	@Transactional(readOnly = true)
	public long count(AccountFilter filter, AccessScope scope) {
		return scope.isEmpty() ? 0 : records.count(records.list(filter, scope, clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	public void eachListed(AccountFilter filter, AccessScope scope, @Nullable ListSort sort,
			Consumer<AccountView> account) {
		if (!scope.isEmpty()) {
			records.each(records.list(filter, scope, clock.instant()), sort, (found) -> account.accept(view(found)));
		}
	}

	@Override
	@Transactional
	public String createStaff(String username, String displayName, @Nullable StaffPost post, String actor) {
		Actor user = Actor.user(actor);
		return refusalsAudited(user, "identity.account-created", username,
				() -> createStaff(username, displayName, post, user));
	}

	/**
	 * Checks every right first (the unit of the post, and the STAFF role there), then
	 * creates the account, its post and its role in one transaction.
	 */
	String createStaff(String username, String displayName, @Nullable StaffPost post, Actor actor) {
		String action = "identity.account-created";
		UUID unit = post == null ? null : post.unitId();
		mayManageUnit(actor, unit, action, username);
		RoleGrant staff = new RoleGrant(IdentityRoles.STAFF, IdentityRoles.STAFF.defaultScope(), null, Set.of());
		if (!couldAppoint(actor, IdentityRoles.STAFF, post != null && post.principal() ? unit : null, staff)) {
			throw denied(actor, action, null, actor.name() + " 无权为 " + username + " 授予工作人员角色");
		}
		String password = OneTimePasswords.next();
		createWithHash(username, displayName, AccountKind.STAFF, null, passwords.encode(password), true, actor);
		if (post != null) {
			appoint(existing(username), post, actor);
		}
		grant(username, staff, actor);
		return password;
	}

	@Override
	@Transactional
	public PostView appoint(String username, StaffPost post, String actor) {
		Actor user = Actor.user(actor);
		return refusalsAudited(user, "organization.post-appointed", username, () -> appoint(username, post, user));
	}

	PostView appoint(String username, StaffPost post, Actor actor) {
		AccountRecords.Account account = existing(username);
		mayActOn(actor, account, "organization.post-appointed");
		mayManageUnit(actor, post.unitId(), "organization.post-appointed", username);
		return appoint(account, post, actor);
	}

	private PostView appoint(AccountRecords.Account account, StaffPost post, Actor actor) {
		if (account.kind() != AccountKind.STAFF) {
			throw AccountRefused.notStaff(account.username());
		}
		PostView appointed = posts.appoint(new Appointment(account.id(), account.displayName(), post.unitId(),
				post.departmentId(), post.title(), post.principal(), post.phone(), LocalDate.now(clock)), actor.name());
		if (post.principal()) {
			records.setUnit(account.id(), post.unitId());
		}
		return appointed;
	}

	@Override
	@Transactional
	public void endPost(String username, UUID postId, String actor) {
		Actor user = Actor.user(actor);
		refusalsAudited(user, "organization.post-ended", username, () -> {
			AccountRecords.Account account = existing(username);
			mayActOn(user, account, "organization.post-ended");
			PostView post = ownPost(account, postId);
			posts.end(postId, actor);
			if (post.principal()) {
				records.setUnit(account.id(), null);
			}
			return null;
		});
	}

	@Override
	@Transactional
	public PostView oversee(String username, UUID postId, Set<UUID> units, String actor) {
		Actor user = Actor.user(actor);
		return refusalsAudited(user, "organization.post-oversight", username, () -> {
			AccountRecords.Account account = existing(username);
			mayActOn(user, account, "organization.post-oversight");
			ownPost(account, postId);
			return posts.oversee(postId, units, actor);
		});
	}

	@Override
	@Transactional
	public String resetPassword(String username, String actor) {
		Actor user = Actor.user(actor);
		return refusalsAudited(user, "identity.password-reset", username, () -> {
			AccountRecords.Account account = existing(username);
			mayActOn(user, account, "identity.password-reset");
			return newOneTimePassword(account, user, "为 " + account.username() + " 重设一次性密码");
		});
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayActOn(String username, String actor) {
		return records.find(username).map((account) -> {
			try {
				rolesAllow(Actor.user(actor), account, null);
				return true;
			}
			catch (AccountRefused refused) {
				return false;
			}
		}).orElse(false);
	}

	/**
	 * {@code reset-administrator NAME}, run on the server: a one-time password for the
	 * holder of an administrator role, audited in the same transaction (a command has no
	 * listener to wait for).
	 * @param operator who ran the command (the operating system's account and host)
	 */
	String resetAdministrator(String username, String operator) {
		AccountRecords.Account account = locked(username);
		if (account.roles().stream().noneMatch(Role::administrator)) {
			throw AccountRefused.notAdministrator(account.username());
		}
		String password = OneTimePasswords.next();
		records.setPassword(account.id(), passwords.encode(password), true, clock.instant());
		records.unlock(account.username());
		audit.record(AuditableEvent.succeeded(clock.instant(), Actor.PLATFORM.name(), "identity.administrator-reset",
				"account", account.id().toString(),
				"服务器命令 reset-administrator（" + operator + "）为三员账户 " + account.username() + " 重设一次性密码"));
		return password;
	}

	private String newOneTimePassword(AccountRecords.Account account, Actor actor, String summary) {
		String password = OneTimePasswords.next();
		records.setPassword(account.id(), passwords.encode(password), true, clock.instant());
		records.unlock(account.username());
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor.name(), "identity.password-reset",
				"account", account.id().toString(), summary));
		return password;
	}

	@Override
	@Transactional
	public void deactivate(String username, String actor) {
		Actor user = Actor.user(actor);
		refusalsAudited(user, "identity.account-deactivated", username, () -> {
			deactivate(username, user);
			return null;
		});
	}

	void deactivate(String username, Actor actor) {
		AccountRecords.Account account = existing(username);
		mayActOn(actor, account, "identity.account-deactivated");
		if (account.username().equalsIgnoreCase(actor.name())) {
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
		posts.postsOf(account.id()).forEach((post) -> posts.end(post.id(), actor.name()));
		records.setUnit(account.id(), null);
		records.setActive(account.id(), false);
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor.name(), "identity.account-deactivated", "account",
					account.id().toString(), "停用账户 " + account.username() + "（" + account.displayName() + "）")
			.withChange("active", "inactive"));
	}

	@Override
	@Transactional
	public void reactivate(String username, String actor) {
		Actor user = Actor.user(actor);
		refusalsAudited(user, "identity.account-reactivated", username, () -> {
			AccountRecords.Account account = existing(username);
			mayActOn(user, account, "identity.account-reactivated");
			if (account.active()) {
				return null;
			}
			records.setActive(account.id(), true);
			events.publishEvent(
					AuditableEvent
						.succeeded(clock.instant(), actor, "identity.account-reactivated", "account",
								account.id().toString(), "重新启用账户 " + account.username())
						.withChange("inactive", "active"));
			return null;
		});
	}

	@Override
	@Transactional
	public void unlock(String username, String actor) {
		Actor user = Actor.user(actor);
		refusalsAudited(user, "identity.account-unlocked", username, () -> {
			AccountRecords.Account account = existing(username);
			mayActOn(user, account, "identity.account-unlocked");
			records.unlock(account.username());
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "identity.account-unlocked", "account",
					account.id().toString(), "解除 " + account.username() + " 的锁定"));
			return null;
		});
	}

	@Override
	@Transactional
	public void setCertificateOnly(String username, boolean certificateOnly, String actor) {
		Actor user = Actor.user(actor);
		refusalsAudited(user, "identity.certificate-only", username, () -> {
			setCertificateOnly(username, certificateOnly, user);
			return null;
		});
	}

	void setCertificateOnly(String username, boolean certificateOnly, Actor actor) {
		AccountRecords.Account account = existing(username);
		mayActOn(actor, account, "identity.certificate-only");
		if (account.kind() != AccountKind.STAFF) {
			throw new IllegalArgumentException("Only staff accounts sign in with certificates");
		}
		if (account.certificateOnly() == certificateOnly) {
			return;
		}
		records.setCertificateOnly(account.id(), certificateOnly);
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor.name(), "identity.certificate-only", "account", account.id().toString(),
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

	private AccountRecords.Account locked(String username) {
		return records.findLocked(username).orElseThrow(() -> new IllegalArgumentException("No account " + username));
	}

	private PostView ownPost(AccountRecords.Account account, UUID postId) {
		return posts.post(postId)
			.filter((found) -> found.holderId().equals(account.id()))
			.orElseThrow(() -> AccountRefused.postNotTheirs(account.username()));
	}

	/**
	 * Runs a change asked for by a signed-in actor; a refusal by the rules leaves a
	 * DENIED audit entry of its own (the change itself rolls back). Refusals for lack of
	 * rights record theirs where they are found ({@link #denied}).
	 */
	private <T> T refusalsAudited(Actor actor, String action, String username, Supplier<T> change) {
		try {
			return change.get();
		}
		catch (Refusal refused) {
			audit.recordApart(AuditableEvent
				.succeeded(clock.instant(), actor.name(), action, "account", idOf(username),
						"拒绝 " + actor.name() + " 对 " + username + " 的操作：" + refused.getMessage())
				.withOutcome(Outcome.DENIED));
			throw refused;
		}
	}

	/** The account's id for the audit entry, if it can still be read. */
	private @Nullable String idOf(String username) {
		try {
			return records.find(username).map((account) -> account.id().toString()).orElse(null);
		}
		catch (RuntimeException ex) {
			// The refused transaction may be unusable (a unique index refused a row).
			return null;
		}
	}

	/**
	 * An action on an account: the actor manages it ({@code account.manage} within their
	 * scope), it holds none of the three administrator roles, and the actor could give
	 * every role it holds (so nobody takes over an account that may do more than they).
	 */
	private void mayActOn(Actor actor, AccountRecords.Account account, String action) {
		if (actor.platform()) {
			return;
		}
		if (!scopes.of(actor.name(), MANAGE, null).reaches(account.unitId(), null)) {
			throw denied(actor, action, account.id().toString(),
					account.username() + " 不在 " + actor.name() + " 的管理范围内");
		}
		rolesAllow(actor, account, null);
	}

	/**
	 * The account's roles do not bar the actor: none is an administrator role, and the
	 * actor could give each. A role being given or taken ({@code changing}) and, then,
	 * the role of the account's kind (STAFF, CITIZEN, ENTERPRISE) are left out: they are
	 * checked by {@link #mayAppoint}.
	 */
	private void rolesAllow(Actor actor, AccountRecords.Account account, @Nullable Role changing) {
		if (actor.platform()) {
			return;
		}
		for (RoleGrant held : account.grants()) {
			Role role = held.role();
			if (role.equals(changing) || (changing != null && role.equals(IdentityRoles.baseOf(account.kind())))) {
				continue;
			}
			if (role.administrator()) {
				throw AccountRefused.administratorAccount(account.username());
			}
			if (!couldAppoint(actor, role, account.unitId(), held)) {
				throw AccountRefused.holdsRoleBeyondActor(account.username(), role);
			}
		}
	}

	private void notOwnRoles(Actor actor, AccountRecords.Account account) {
		if (!actor.platform() && account.username().equalsIgnoreCase(actor.name())) {
			throw AccountRefused.ownRoles();
		}
	}

	private void mayManageUnit(Actor actor, @Nullable UUID unit, String action, String username) {
		if (actor.platform()) {
			return;
		}
		AccessScope scope = scopes.of(actor.name(), MANAGE, null);
		if (!(scope.all() || (unit != null && scope.reachesUnit(unit)))) {
			throw denied(actor, action, null, "不能在管理范围以外的单位为 " + username + " 办理");
		}
	}

	/**
	 * The actor has the role's appointing permission; one whose scope for it is not 全部
	 * gives only roles they hold, to accounts and units in their scope.
	 */
	private void mayAppoint(Actor actor, Role role, AccountRecords.Account account, @Nullable RoleGrant grant,
			String action) {
		if (!couldAppoint(actor, role, account.unitId(), grant)) {
			throw denied(actor, action, account.id().toString(),
					actor.name() + " 无权授予或收回 " + account.username() + " 的角色“" + nameOf(role) + "”");
		}
	}

	private boolean couldAppoint(Actor actor, Role role, @Nullable UUID accountUnit, @Nullable RoleGrant grant) {
		if (actor.platform()) {
			return true;
		}
		AccessScope scope = scopes.of(actor.name(), role.appointedWith(), null);
		return scope.all() || (!scope.isEmpty() && holds(actor.name(), role) && scope.reachesUnit(accountUnit)
				&& (grant == null || grant.scope() == DataScope.SELF || grant.scope() == DataScope.UNIT
						&& (grant.unitId() == null || scope.reachesUnit(grant.unitId()))));
	}

	private boolean holds(String actor, Role role) {
		return records.find(actor).map((found) -> found.roles().contains(role)).orElse(false);
	}

	/** The role's Chinese name, as audit summaries give it. */
	private String nameOf(Role role) {
		return messages.getMessage(role.nameKey(), null, role.code(), Locale.CHINA);
	}

	/** Roles by their Chinese names (工作人员、网站编辑), for an entry's before and after. */
	private String namesOf(java.util.Collection<Role> roles) {
		return roles.isEmpty() ? "无角色" : String.join("、", roles.stream().map(this::nameOf).toList());
	}

	private String scopeOf(DataScope scope) {
		return messages.getMessage("scope." + scope.name(), null, scope.name(), Locale.CHINA);
	}

	/** Records the refusal apart (the action rolls back) and answers the exception. */
	private AccessDeniedException denied(Actor actor, String action, @Nullable String objectId, String summary) {
		audit.recordApart(AuditableEvent.succeeded(clock.instant(), actor.name(), action, "account", objectId, summary)
			.withOutcome(Outcome.DENIED));
		return new AccessDeniedException(summary);
	}

	private AccountView view(AccountRecords.Account account) {
		return new AccountView(account.id(), account.username(), account.displayName(), account.kind(),
				account.unitId(), account.active(), account.lockedAt(clock.instant()), account.roles(),
				account.grants(), account.certificateOnly());
	}

}
