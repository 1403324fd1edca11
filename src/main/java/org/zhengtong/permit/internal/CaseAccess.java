package org.zhengtong.permit.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.permit.PermitRoles;

/**
 * Who reads a department's cases, by the post in use: its 窗口受理员, 审批人员 and 审批负责人, and the
 * 电子监察员 (every department, read-only). For 并联审批: the lead department (and the 监察员) read
 * the main case and every sub-case; a sub-case's department reads its own sub-case and
 * the main case's summary, never another sub-case. Anyone else — other departments,
 * administrators — is told a case does not exist.
 */
@Component
public class CaseAccess {

	private static final List<String> WORK = List.of(PermitRoles.RECEIVE, PermitRoles.REVIEW, PermitRoles.DECIDE);

	private final AccessScopes scopes;

	CaseAccess(AccessScopes scopes) {
		this.scopes = scopes;
	}

	/** Whether {@code username} works on the department's cases (any permit desk). */
	public boolean staffOf(@Nullable String username, UUID department) {
		if (username == null) {
			return false;
		}
		UUID unit = postUnit(username);
		return WORK.stream().anyMatch((permission) -> scopes.of(username, permission, unit).reachesUnit(department));
	}

	/**
	 * The departments whose 并联 cases {@code username} lists as the lead department: those
	 * they work on (any permit desk), every department for the 电子监察员.
	 */
	public AccessScope leadScope(String username) {
		UUID unit = postUnit(username);
		AccessScope scope = scopes.of(username, PermitRoles.MONITOR, unit);
		for (String permission : WORK) {
			scope = scope.union(scopes.of(username, permission, unit));
		}
		return scope;
	}

	/** Whether {@code username} watches the department's cases as 电子监察员. */
	public boolean monitors(@Nullable String username, UUID department) {
		return username != null && scopes.of(username, PermitRoles.MONITOR, postUnit(username)).reachesUnit(department);
	}

	/**
	 * Whether {@code username} reads the case itself (its department's staff or a
	 * monitor).
	 */
	public boolean reads(@Nullable String username, PermitCase found) {
		return staffOf(username, found.departmentId()) || monitors(username, found.departmentId());
	}

	/**
	 * What {@code username} sees of a 并联 case: every sub-case (the lead department, a
	 * monitor), only the sub-cases of their department, or nothing.
	 * @param main the main case
	 * @param subs its sub-cases
	 */
	public JointSight joint(@Nullable String username, PermitCase main, List<PermitCase> subs) {
		if (reads(username, main)) {
			return new JointSight(true, subs);
		}
		return new JointSight(false, subs.stream().filter((sub) -> staffOf(username, sub.departmentId())).toList());
	}

	/**
	 * What a reader sees of a 并联 case.
	 *
	 * @param whole the main case in full and every sub-case
	 * @param subCases the sub-cases shown (a sub-case department: its own only)
	 */
	public record JointSight(boolean whole, List<PermitCase> subCases) {

		/** Whether the reader sees anything at all (else: 404). */
		public boolean any() {
			return whole || !subCases.isEmpty();
		}

		/** Whether the reader sees this case (the main only when whole). */
		public boolean sees(PermitCase found) {
			return found.mainCaseId() == null ? any()
					: whole || subCases.stream().anyMatch((sub) -> sub.id() == found.id());
		}

	}

	private @Nullable UUID postUnit(String username) {
		PostView post = scopes.postInUse(username);
		return post == null ? null : post.unitId();
	}

}
