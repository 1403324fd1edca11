package org.zhengtong.identity;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 找回密码: a citizen asks for a link, the e-mail really leaves through the outbox (received
 * by an SMTP server in the test), the link sets a new password once, and an unknown
 * account gets the same answer and no e-mail. When the SMTP server is down the e-mail
 * waits in the outbox and leaves when it is back.
 */
@IntegrationTest
class PasswordResetIntegrationTests {

	static final Pattern LINK = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	PublicAccounts accounts;

	@Autowired
	GreenMail smtp;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void a_citizen_resets_a_forgotten_password_with_the_link_sent_by_mail() throws Exception {
		String username = "forgot" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@example.com";
		registerCitizen(username, email);

		BrowserlessSession visitor = new BrowserlessSession(port);
		visitor.get("/password/forgot");
		var sent = visitor.post("/password/forgot", Map.of("account", email));
		assertThat(
				visitor.get(java.net.URI.create(sent.headers().firstValue("Location").orElseThrow()).getPath()).body())
			.contains("重设密码的链接已经发出");

		MimeMessage message = sentTo(email);
		String body = GreenMailUtil.getBody(message);
		Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).as(body).isTrue();
		String token = link.group(1);

		assertThat(visitor.get("/password/reset?token=" + token).body()).contains("设置新密码", "name=\"password\"");
		visitor.post("/password/reset",
				Map.of("token", token, "password", "Changed@2026x", "passwordAgain", "Changed@2026x"));
		assertThat(new BrowserlessSession(port).login(username, "Changed@2026x")).endsWith("/my");
		assertThat(new BrowserlessSession(port).login(username, "Qinchuan@2026")).as("the old password is gone")
			.contains("/login?error");

		assertThat(visitor.get("/password/reset?token=" + token).body()).as("the link works once").contains("链接无效");
	}

	@Test
	void an_unknown_account_gets_the_same_answer_and_no_mail() {
		int before = smtp.getReceivedMessages().length;
		BrowserlessSession visitor = new BrowserlessSession(port);
		visitor.get("/password/forgot");
		var sent = visitor.post("/password/forgot", Map.of("account", "nobody-" + UUID.randomUUID()));
		assertThat(
				visitor.get(java.net.URI.create(sent.headers().firstValue("Location").orElseThrow()).getPath()).body())
			.contains("重设密码的链接已经发出");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notification_mail WHERE recipient LIKE 'nobody-%'",
				Integer.class))
			.isZero();
		assertThat(smtp.getReceivedMessages()).hasSizeLessThanOrEqualTo(before + 1);
	}

	@Test
	void a_made_up_token_is_refused_and_changes_nothing() {
		BrowserlessSession visitor = new BrowserlessSession(port);
		assertThat(visitor.get("/password/reset?token=made-up").body()).contains("链接无效");
		visitor.get("/password/forgot");
		var refused = visitor.post("/password/reset",
				Map.of("token", "made-up", "password", "Changed@2026x", "passwordAgain", "Changed@2026x"));
		assertThat(refused.body()).contains("链接无效");
	}

	@Test
	void the_link_is_not_kept_in_the_outbox_once_sent_and_the_new_password_must_be_new() throws Exception {
		String username = "kept" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@example.com";
		registerCitizen(username, email);
		BrowserlessSession visitor = new BrowserlessSession(port);
		visitor.get("/password/forgot");
		visitor.post("/password/forgot", Map.of("account", username));

		MimeMessage message = sentTo(email);
		assertThat(jdbc.queryForObject("SELECT body FROM notification_mail WHERE recipient = ? AND sent_at IS NOT NULL",
				String.class, email))
			.as("sent: the outbox no longer holds a usable link")
			.doesNotContain("token=");

		Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).isTrue();
		visitor.get("/password/reset?token=" + link.group(1));
		assertThat(
				visitor
					.post("/password/reset",
							Map.of("token", link.group(1), "password", "Qinchuan@2026", "passwordAgain",
									"Qinchuan@2026"))
					.body())
			.contains("新密码不能与当前密码");
	}

	@Test
	void a_user_name_equal_to_someone_elses_email_sends_each_holder_their_own_link_and_no_error() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String victimEmail = "victim" + tag + "@example.com";
		registerCitizen("victim" + tag, victimEmail);
		String squatterEmail = "squatter" + tag + "@example.com";
		registerCitizen(victimEmail, squatterEmail);

		BrowserlessSession visitor = new BrowserlessSession(port);
		visitor.get("/password/forgot");
		var sent = visitor.post("/password/forgot", Map.of("account", victimEmail));
		assertThat(sent.statusCode()).as("no 500").isEqualTo(302);

		MimeMessage toVictim = sentTo(victimEmail);
		MimeMessage toSquatter = sentTo(squatterEmail);
		assertThat(toVictim.getContent().toString()).as("the victim's own account").contains("您好，victim" + tag + "：");
		assertThat(toSquatter.getContent().toString()).as("the other holder's own account, at their own address")
			.contains("您好，" + victimEmail + "：");
	}

	/**
	 * Runs the outbox's sender, as its schedule would, and answers the e-mail the SMTP
	 * server received for this address. A run sends 50, oldest first: with more waiting,
	 * it runs again.
	 */
	private MimeMessage sentTo(String email) throws Exception {
		for (int run = 0; run < 10 && mailTo(email) == null; run++) {
			jobs.run("notification.send-mail");
		}
		MimeMessage message = mailTo(email);
		assertThat(message).as("an e-mail to " + email).isNotNull();
		return message;
	}

	private MimeMessage mailTo(String email) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				return message;
			}
		}
		return null;
	}

	private void registerCitizen(String username, String email) {
		String first17 = "6101131990" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)) + "1"
				+ ThreadLocalRandom.current().nextInt(0, 10)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		accounts.registerCitizen(new CitizenRegistration(username, "赵小燕",
				ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacter(first17)),
				"135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), email,
				"Qinchuan@2026"));
	}

}
