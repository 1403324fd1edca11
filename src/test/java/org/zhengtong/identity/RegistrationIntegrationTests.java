package org.zhengtong.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 个人/法人用户注册: a citizen registers with a checked 居民身份证号 that is stored only encrypted
 * (with a blind index: one account per person) and shown masked; an enterprise with a
 * checked 统一社会信用代码. Wrong numbers name the wrong character and create nothing. Citizens
 * land on their own portal page, never in the workbench.
 */
@IntegrationTest
class RegistrationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PublicAccounts publicAccounts;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void a_citizen_registers_and_the_id_number_is_kept_encrypted_and_shown_masked() {
		String username = "citizen" + UUID.randomUUID().toString().substring(0, 8);
		String number = idNumber();
		MvcTestResult registered = register(username, number, mobile());

		assertThat(registered).hasRedirectedUrl("/login?registered");
		AccountView account = accounts.find(username).orElseThrow();
		assertThat(account.kind()).isEqualTo(AccountKind.CITIZEN);
		assertThat(account.roles()).containsExactly(IdentityRoles.CITIZEN);
		byte[] stored = jdbc.queryForObject("SELECT id_number_cipher FROM identity_citizen WHERE account_id = ?",
				byte[].class, account.id());
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(number.substring(6, 14));
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM identity_citizen c WHERE c.id_number_masked LIKE '%' || ? || '%'", Integer.class,
				number.substring(6, 14)))
			.as("no column holds the birth date in clear")
			.isZero();
		assertThat(publicAccounts.profile(username).orElseThrow().identifier())
			.isEqualTo(number.substring(0, 4) + "**********" + number.substring(14));

		BrowserlessSession citizen = new BrowserlessSession(port);
		assertThat(citizen.login(username, "Qinchuan@2026")).as("citizens land on their own page").endsWith("/my");
		assertThat(citizen.get("/my").body()).contains(number.substring(0, 4) + "**********").doesNotContain(number);
		assertThat(citizen.get("/workbench").statusCode()).as("the workbench is for staff").isEqualTo(403);
		assertThat(citizen.get("/admin/accounts").statusCode()).isEqualTo(403);
	}

	@Test
	void one_person_one_account_and_a_wrong_number_names_the_wrong_character() {
		String number = idNumber();
		register("first" + UUID.randomUUID().toString().substring(0, 8), number, mobile());

		String second = "second" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(register(second, number, mobile())).as("a registered number answers as a new one: no oracle")
			.hasRedirectedUrl("/login?registered");
		assertThat(accounts.find(second)).isEmpty();
		assertThat(accounts.find(second)).isEmpty();

		String wrong = number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0');
		assertThat(register(second, wrong, mobile())).hasStatusOk().bodyText().contains("第 18 位");
		assertThat(register(second, "61011319850315123", mobile())).hasStatusOk().bodyText().contains("18 位");
		assertThat(accounts.find(second)).as("nothing half-created").isEmpty();
	}

	@Test
	void an_enterprise_registers_with_its_credit_code() {
		String username = "company" + UUID.randomUUID().toString().substring(0, 8);
		String first17 = "91610100MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		String code = first17 + CreditCode.checkCharacter(first17);
		MvcTestResult bad = enterprise(username, first17 + (CreditCode.checkCharacter(first17) == '0' ? '1' : '0'));
		assertThat(bad).hasStatusOk().bodyText().contains("第 18 位");
		assertThat(accounts.find(username)).isEmpty();

		assertThat(enterprise(username, code)).hasRedirectedUrl("/login?registered");
		assertThat(accounts.find(username).orElseThrow().roles()).containsExactly(IdentityRoles.ENTERPRISE);
		assertThat(publicAccounts.profile(username).orElseThrow().identifier()).isEqualTo(code);
	}

	@Test
	void the_full_number_is_shown_only_to_an_administrator_of_every_account_and_every_look_is_audited() {
		String username = "reveal" + UUID.randomUUID().toString().substring(0, 8);
		String number = idNumber();
		register(username, number, mobile());

		MvcTestResult revealed = mvc.post()
			.uri("/admin/accounts/{u}/id-number", username)
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "account.manage")))
			.with(csrf())
			.exchange();
		assertThat(revealed).flash().containsEntry("idNumber", number);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, "sysadmin", "identity.id-number-revealed", null, null), 0, 50))
				.anySatisfy((entry) -> assertThat(entry.summary()).contains(username).doesNotContain(number)));
	}

	@Test
	void a_registered_number_mobile_or_email_answers_as_a_new_one_and_its_holder_is_told() {
		String holder = "holder" + UUID.randomUUID().toString().substring(0, 8);
		String number = idNumber();
		String mobile = mobile();
		String email = holder + "@example.com";
		MvcTestResult first = register(holder, number, mobile, email, address());
		assertThat(first).hasRedirectedUrl("/login?registered");

		String other = "other" + UUID.randomUUID().toString().substring(0, 8);
		for (MvcTestResult again : List.of(register(other, number, mobile(), "", address()),
				register(other, idNumber(), mobile, "", address()),
				register(other, idNumber(), mobile(), email.toUpperCase(), address()))) {
			assertThat(again).hasRedirectedUrl("/login?registered");
			assertThat(again).flash().containsEntry("success", "register.done");
			assertThat((Object[]) again.getMvcResult().getFlashMap().get("successArguments"))
				.as("the same words as a new account's")
				.containsExactly(other);
		}
		assertThat(accounts.find(other)).as("nothing created").isEmpty();
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM notification_mail WHERE recipient = ? AND subject LIKE '注册提醒%'", Integer.class,
				email))
			.as("the holder is told each time")
			.isEqualTo(3);
		assertThat(audit
			.search(new AuditQuery(null, null, null, "identity.registration-refused", Outcome.DENIED, holder), 0, 10))
			.hasSize(3);
	}

	@Test
	void a_wrong_answer_to_the_question_creates_nothing() {
		String username = "wrongsum" + UUID.randomUUID().toString().substring(0, 8);
		var request = mvc.post().uri("/register/citizen").with(csrf()).with(from(address()));
		Map.of("realName", "王小明", "idNumber", idNumber(), "mobile", mobile(), "email", "", "username", username,
				"password", "Qinchuan@2026", "passwordAgain", "Qinchuan@2026", "questionId", question()[0], "answer",
				"99")
			.forEach(request::param);
		assertThat(request.exchange()).hasStatusOk().bodyText().contains("答案不对");
		assertThat(accounts.find(username)).isEmpty();
	}

	@Test
	void one_address_registers_at_most_ten_accounts_an_hour() {
		String address = address();
		for (int i = 0; i < 10; i++) {
			assertThat(
					register("many" + UUID.randomUUID().toString().substring(0, 8), idNumber(), mobile(), "", address))
				.hasRedirectedUrl("/login?registered");
		}
		String eleventh = "many" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(register(eleventh, idNumber(), mobile(), "", address)).hasStatusOk().bodyText().contains("注册过多");
		assertThat(accounts.find(eleventh)).isEmpty();
		assertThat(register(eleventh, idNumber(), mobile(), "", address())).hasRedirectedUrl("/login?registered");
	}

	private MvcTestResult register(String username, String number, String mobile) {
		return register(username, number, mobile, "", address());
	}

	private MvcTestResult register(String username, String number, String mobile, String email, String address) {
		return post("/register/citizen", Map.of("realName", "王小明", "idNumber", number, "mobile", mobile, "email", email,
				"username", username, "password", "Qinchuan@2026", "passwordAgain", "Qinchuan@2026"), address);
	}

	private String[] question() {
		return RegistrationQuestions.answered(mvc);
	}

	private static String address() {
		return RegistrationQuestions.address();
	}

	private static RequestPostProcessor from(String address) {
		return RegistrationQuestions.from(address);
	}

	private MvcTestResult enterprise(String username, String code) {
		return post("/register/enterprise",
				Map.of("name", "秦川示例科技有限公司", "creditCode", code, "email", username + "@example.com", "mobile", mobile(),
						"username", username, "password", "Qinchuan@2026", "passwordAgain", "Qinchuan@2026"));
	}

	private MvcTestResult post(String path, Map<String, String> fields) {
		return post(path, fields, address());
	}

	/** The form posted from {@code address}, its question answered. */
	private MvcTestResult post(String path, Map<String, String> fields, String address) {
		String[] question = question();
		var request = mvc.post().uri(path).with(csrf()).with(from(address));
		fields.forEach(request::param);
		request.param("questionId", question[0]).param("answer", question[1]);
		return request.exchange();
	}

	/** A valid number for someone born in 1985 in 610113, different each time. */
	private static String idNumber() {
		String first17 = "610113" + "1985" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)) + "1"
				+ ThreadLocalRandom.current().nextInt(0, 10)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	private static String mobile() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

}
