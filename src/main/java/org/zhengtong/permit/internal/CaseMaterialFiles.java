package org.zhengtong.permit.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhengtong.files.FileAccess;
import org.zhengtong.files.FileAccessPolicy;
import org.zhengtong.files.FileOwner;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.permit.PermitRoles;

/**
 * Who downloads a case's materials: the applicant's own account, and the staff of the
 * case's department (and of its 并联 sub-cases' departments) who handle cases (受理, 审查, 决定)
 * or the 电子监察员. Anyone else is told the file does not exist.
 */
@Component
class CaseMaterialFiles implements FileAccessPolicy {

	private final PermitCases cases;

	private final AccountManagement accounts;

	private final AccessScopes scopes;

	CaseMaterialFiles(PermitCases cases, AccountManagement accounts, AccessScopes scopes) {
		this.cases = cases;
		this.accounts = accounts;
		this.scopes = scopes;
	}

	@Override
	public String ownerType() {
		return ApplicationService.MATERIALS;
	}

	@Override
	public FileAccess access(FileOwner owner, @Nullable Authentication reader) {
		if (reader == null || !reader.isAuthenticated() || !owner.id().matches("\\d{1,18}")) {
			return FileAccess.DENIED;
		}
		PermitCase found = cases.findById(Long.parseLong(owner.id())).orElse(null);
		if (found == null) {
			return FileAccess.DENIED;
		}
		if (found.applicantAccountId() != null && accounts.find(reader.getName())
			.map(AccountView::id)
			.filter(found.applicantAccountId()::equals)
			.isPresent()) {
			return FileAccess.ALLOWED;
		}
		if (found.state() == org.zhengtong.permit.PermitCaseState.DRAFT) {
			return FileAccess.DENIED;
		}
		// the case's department, and the departments of its 并联 sub-cases, which review
		// the materials handed in with the main case
		List<java.util.UUID> departments = new ArrayList<>();
		departments.add(found.departmentId());
		cases.findByMainCaseIdOrderById(found.id()).forEach((sub) -> departments.add(sub.departmentId()));
		for (String permission : new String[] { PermitRoles.RECEIVE, PermitRoles.REVIEW, PermitRoles.DECIDE,
				PermitRoles.MONITOR }) {
			for (java.util.UUID department : departments) {
				if (scopes.current(permission).reachesUnit(department)) {
					return FileAccess.ALLOWED;
				}
			}
		}
		return FileAccess.DENIED;
	}

}
