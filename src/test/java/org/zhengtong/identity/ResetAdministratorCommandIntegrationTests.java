package org.zhengtong.identity;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.platform.Commands;
import org.zhengtong.platform.PlatformCommand;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code java -jar zhengtong.jar reset-administrator NAME}: the server-side route for the
 * three administrators' passwords, which the web refuses.
 */
@IntegrationTest
class ResetAdministratorCommandIntegrationTests {

	static final Pattern PASSWORD = Pattern.compile("One-time password for (\\S+): (\\S+)");

	@Autowired
	List<PlatformCommand> commands;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void the_command_sets_a_one_time_password_audits_it_and_tells_the_holder() throws Exception {
		assertThat(Commands.requested("reset-administrator", "secadmin")).as("run instead of the web application")
			.isTrue();
		String name = "auditor" + UUID.randomUUID().toString().substring(0, 8);
		platformAccounts.create(name, "第二审计员", AccountKind.STAFF, null, "Forgotten@2026", false);
		platformAccounts.grant(name, IdentityRoles.STAFF);
		platformAccounts.grant(name, IdentityRoles.AUDIT_ADMIN);
		jdbc.update("UPDATE identity_account SET email = ? WHERE username = ?", name + "@example.com", name);
		// Locked out as an administrator can be (LoginGuard never locks one for
		// everyone):
		// five wrong passwords block this address for this account.
		for (int i = 0; i < 5; i++) {
			assertThat(new BrowserlessSession(port).login(name, "Guess@" + i)).endsWith("/login?error");
		}
		assertThat(new BrowserlessSession(port).login(name, "Forgotten@2026")).as("blocked here")
			.endsWith("/login?error");

		String printed = run(name);

		Matcher matcher = PASSWORD.matcher(printed);
		assertThat(matcher.find()).as(printed).isTrue();
		String password = matcher.group(2);
		assertThat(printed).contains("must be changed at the first login", "told by e-mail");
		BrowserlessSession holder = new BrowserlessSession(port);
		assertThat(holder.login(name, password)).as("unlocked, and the password works").endsWith("/workbench");
		assertThat(holder.get("/workbench").headers().firstValue("Location")).as("and must be changed first")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/account/password"));
		assertThat(audit.search(
				new AuditQuery(null, null, AccountManagement.SYSTEM, "identity.administrator-reset", null, null), 0,
				20))
			.anySatisfy((entry) -> assertThat(entry.summary()).contains(name, "reset-administrator",
					System.getProperty("user.name")));
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM notification_mail WHERE recipient = ? AND subject LIKE '%Administrator password reset%'",
					Integer.class, name + "@example.com"))
				.isOne());
	}

	@Test
	void the_command_is_for_administrators_only() throws Exception {
		String name = "plain" + UUID.randomUUID().toString().substring(0, 8);
		platformAccounts.createStaff(name, "科员", null);

		assertThatExceptionOfType(AccountRefused.class).isThrownBy(() -> command().run(List.of(name)))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("account.refused.notAdministrator"));
		assertThat(command().run(List.of())).as("no name").isEqualTo(2);
		assertThat(command().run(List.of("nobody-" + name))).as("no such account").isEqualTo(1);
	}

	private String run(String name) throws Exception {
		PrintStream original = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			assertThat(command().run(List.of(name))).isZero();
		}
		finally {
			System.setOut(original);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private PlatformCommand command() {
		return commands.stream()
			.filter((command) -> command.name().equals("reset-administrator"))
			.findFirst()
			.orElseThrow();
	}

}
