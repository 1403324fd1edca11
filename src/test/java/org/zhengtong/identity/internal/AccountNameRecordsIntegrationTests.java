package org.zhengtong.identity.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/** People by name for the audit log. */
@IntegrationTest
class AccountNameRecordsIntegrationTests {

	@Autowired
	AccountNameRecords names;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Test
	void a_name_or_an_account_name_finds_the_account() {
		String tag = java.util.UUID.randomUUID().toString().substring(0, 4);
		String name = TestStaff.staff(accounts, TestStaff.unit(units, "档案局", "Archives"), "cj", "陈静" + tag,
				"Secret-2026!");
		assertThat(names.usernamesNamed("静" + tag)).containsExactly(name);
		assertThat(names.usernamesNamed(name.toUpperCase())).containsExactly(name);
		assertThat(names.personNames(java.util.List.of(name, "nobody-" + tag)))
			.containsExactly(java.util.Map.entry(name, "陈静" + tag));
	}

}
