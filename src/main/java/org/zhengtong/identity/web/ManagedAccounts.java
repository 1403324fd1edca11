package org.zhengtong.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.organization.DepartmentView;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The accounts and units the signed-in administrator manages ({@code account.manage}
 * within their data scope). An account outside the scope is answered as if it did not
 * exist (404).
 */
@Component
class ManagedAccounts {

	static final String MANAGE = "account.manage";

	private final AccountManagement accounts;

	private final AccessScopes scopes;

	private final UnitManagement units;

	private final PostManagement posts;

	private final Clock clock;

	ManagedAccounts(AccountManagement accounts, AccessScopes scopes, UnitManagement units, PostManagement posts,
			Clock clock) {
		this.accounts = accounts;
		this.scopes = scopes;
		this.units = units;
		this.posts = posts;
		this.clock = clock;
	}

	AccessScope scope() {
		return scopes.current(MANAGE);
	}

	/** The account, or 404 when there is none or it is outside the scope. */
	AccountView get(String username) {
		return get(username, scope());
	}

	AccountView get(String username, AccessScope scope) {
		return accounts.find(username)
			.filter((account) -> scope.reaches(account.unitId(), account.id()))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	/**
	 * What the account forms offer, from one read of the unit tree: the active units in
	 * the scope (tree order), their active departments by unit, and every unit's short
	 * name for lists.
	 */
	record Choices(List<UnitView> units, Map<UUID, List<DepartmentView>> departments, Map<UUID, String> unitNames) {
	}

	Choices choices(AccessScope scope) {
		List<UnitView> tree = units.tree(LocalDate.now(clock));
		return new Choices(
				tree.stream().filter(UnitView::active).filter((unit) -> scope.reachesUnit(unit.id())).toList(),
				posts.activeDepartments()
					.stream()
					.filter((department) -> scope.reachesUnit(department.unitId()))
					.collect(Collectors.groupingBy(DepartmentView::unitId)),
				tree.stream().collect(Collectors.toMap(UnitView::id, (unit) -> unit.names().shortName())));
	}

}
