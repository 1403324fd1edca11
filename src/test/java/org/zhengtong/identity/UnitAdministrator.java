package org.zhengtong.identity;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A 单位管理员 of a department of their own (as {@code lina} of the demo is for 市教育局), for
 * tests that run without the demo data.
 */
record UnitAdministrator(String username, UUID unit) {

	static UnitAdministrator appoint(UnitManagement units, PlatformAccounts accounts) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市单位管理测试局" + tag, "单位管理测试局", "Unit Admin Bureau", null),
					null, 0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		String username = "unitadmin" + tag;
		accounts.createStaff(username, "单位管理员", new StaffPost(unit, null, "主任", true, null));
		accounts.grant(username, new RoleGrant(IdentityRoles.UNIT_ADMIN, DataScope.UNIT, unit, Set.of()));
		return new UnitAdministrator(username, unit);
	}

	/** A signed-in session of this administrator. */
	RequestPostProcessor session() {
		return user(username)
			.authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_UNIT_ADMIN", "account.manage"));
	}

}
