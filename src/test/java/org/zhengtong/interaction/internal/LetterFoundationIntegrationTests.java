package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.TaskView;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.RoleGrant;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * The letter's common ground: a stored letter has a case whose 受理 task waits for the
 * receiving office, and its workbench page shows the writer masked to the office until
 * asked (audited), and to nobody else at all.
 */
@IntegrationTest
class LetterFoundationIntegrationTests {

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	Casework casework;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Test
	void a_new_letter_waits_for_the_receiving_office_who_alone_see_it_and_unmask_its_writer_on_the_record() {
		Letter letter = anonymousLetter(Door.CONSULTATION);
		TaskView task = casework.openTasks(letter.caseId()).get(0);
		assertThat(task.assignee().key()).isEqualTo("any:interaction.accept");
		assertThat(task.assignee().name()).isEqualTo("来信受理员");
		assertThat(casework.find(letter.caseId()).orElseThrow().state()).isEqualTo("SUBMITTED");
		assertThat(letters.findById(letter.id()).orElseThrow().caseId()).as("the stored letter knows its case")
			.isEqualTo(letter.caseId());

		UUID office = TestStaff.unit(units, "信访局", "Letters Bureau");
		UUID school = TestStaff.unit(units, "教育局", "Education Bureau");
		String acceptor = TestStaff.withRole(accounts, office, "accept", "受理员", InteractionRoles.LETTER_ACCEPTOR);
		String page = page(letter, acceptor, "");
		assertThat(page).contains("关于小区门口道路积水的问题", "待受理", "王**", "139****0123", "查看完整联系方式")
			.doesNotContain("13900000123");
		long before = reads(letter);
		assertThat(page(letter, acceptor, "?contact=full")).contains("王小红", "13900000123");
		assertThat(reads(letter)).isEqualTo(before + 1);

		String[] outsiders = { TestStaff.withRole(accounts, school, "handle", "承办人", InteractionRoles.LETTER_HANDLER),
				TestStaff.withRole(accounts, school, "lead", "审核人", InteractionRoles.INTERACTION_LEADER),
				unitAdministrator(school),
				TestStaff.withRole(accounts, office, "site", "网站管理员", ContentRoles.SITE_ADMIN),
				TestStaff.withRole(accounts, office, "ra", "注册审核员", PkiRoles.RA_OPERATOR),
				TestStaff.withRole(accounts, office, "mod", "互动编辑", InteractionRoles.INTERACTION_EDITOR) };
		for (String outsider : outsiders) {
			MvcTestResult result = mvc.get()
				.uri("/workbench/letters/" + letter.id())
				.with(user(users.loadUserByUsername(outsider)))
				.exchange();
			assertThat(result.getResponse().getStatus()).as(outsider).isEqualTo(404);
		}
	}

	@Test
	void a_website_error_report_waits_for_the_site_administrators() {
		Letter letter = anonymousLetter(Door.SITE_ERROR);
		assertThat(casework.openTasks(letter.caseId()).get(0).assignee().key()).isEqualTo("any:content.manage");
		UUID office = TestStaff.unit(units, "政府办", "General Office");
		String site = TestStaff.withRole(accounts, office, "site", "网站管理员", ContentRoles.SITE_ADMIN);
		assertThat(page(letter, site, "")).contains("我为政府网站找错", "王**").doesNotContain("查看完整联系方式");
	}

	private String unitAdministrator(UUID unit) {
		String name = TestStaff.staff(accounts, unit, "unitadm", "单位管理员", "Qinchuan@2026");
		accounts.grant(name, new RoleGrant(IdentityRoles.UNIT_ADMIN, DataScope.UNIT_AND_BELOW, unit, Set.of()));
		return name;
	}

	private Letter anonymousLetter(Door door) {
		return new TestLetters(transactions, letters, cases, codes, clock).write(door, "关于小区门口道路积水的问题",
				"小区门口道路一下雨就积水，请尽快处理。", true);
	}

	private String page(Letter letter, String username, String query) {
		MvcTestResult result = mvc.get()
			.uri("/workbench/letters/" + letter.id() + query)
			.with(user(users.loadUserByUsername(username)))
			.exchange();
		assertThat(result.getResponse().getStatus()).as(username).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private long reads(Letter letter) {
		return jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE action = 'interaction.letter.writer-read' AND object_id = ?")
			.param(letter.id().toString())
			.query(Long.class)
			.single();
	}

}
