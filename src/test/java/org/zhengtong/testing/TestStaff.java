package org.zhengtong.testing;

import java.time.LocalDate;
import java.util.UUID;

import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;

/** Units and staff of their own for tests that change accounts (never the demo's). */
public final class TestStaff {

	private TestStaff() {
	}

	/** A new city department named {@code 秦川市<name><tag>}. */
	public static UUID unit(UnitManagement units, String name, String englishName) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		return units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市" + name + tag, name, englishName + " " + tag, null),
					null, 0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
	}

	/** A staff account with a password, the STAFF role and a 编制 post in the unit. */
	public static String staff(PlatformAccounts accounts, UUID unit, String prefix, String displayName,
			String password) {
		String name = prefix + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(name, displayName, AccountKind.STAFF, null, password, false);
		accounts.grant(name, IdentityRoles.STAFF);
		accounts.appoint(name, new StaffPost(unit, null, "科员", true, null));
		return name;
	}

	/**
	 * A staff account ({@link #staff}, password {@code Qinchuan@2026}) that also holds
	 * {@code role} with its default scope, over the unit of its post.
	 */
	public static String withRole(PlatformAccounts accounts, UUID unit, String prefix, String displayName,
			org.zhengtong.identity.Role role) {
		String name = staff(accounts, unit, prefix, displayName, "Qinchuan@2026");
		accounts.grant(name, role);
		return name;
	}

}
