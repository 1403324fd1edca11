package org.zhengtong.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox keeps an e-mail the SMTP server refused and sends it on a later run; the
 * waits between attempts double up to a ceiling. (The test's clock runs an hour ahead, so
 * the application's own scheduled sender leaves these messages alone.)
 */
@IntegrationTest
class MailDispatchIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JavaMailSender workingSmtp;

	@Autowired
	GreenMail smtp;

	@Test
	void an_email_the_smtp_server_refused_waits_and_leaves_on_a_later_run() throws Exception {
		Instant later = Instant.now().plus(Duration.ofHours(1));
		String recipient = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		JavaMailSenderImpl down = new JavaMailSenderImpl();
		down.setHost("127.0.0.1");
		down.setPort(1);

		dispatch(down, later).queue(recipient, "测试", "正文 body");
		assertThat(dispatch(down, later).sendDue()).isZero();
		Map<String, Object> row = jdbc
			.sql("SELECT attempts, sent_at, last_error FROM notification_mail WHERE recipient = ?")
			.param(recipient)
			.query()
			.singleRow();
		assertThat(row.get("attempts")).isEqualTo(1);
		assertThat(row.get("sent_at")).isNull();
		assertThat((String) row.get("last_error")).isNotBlank();

		assertThat(dispatch(workingSmtp, later.plusSeconds(30)).sendDue()).as("not due yet").isZero();
		assertThat(dispatch(workingSmtp, later.plusSeconds(61)).sendDue()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("SELECT sent_at IS NOT NULL FROM notification_mail WHERE recipient = ?")
			.param(recipient)
			.query(Boolean.class)
			.single()).isTrue();
		boolean received = false;
		for (MimeMessage message : smtp.getReceivedMessages()) {
			received |= message.getAllRecipients()[0].toString().equals(recipient);
		}
		assertThat(received).isTrue();
	}

	@Test
	void waits_double_up_to_the_ceiling() {
		MailDispatch dispatch = dispatch(workingSmtp, Instant.now());
		assertThat(dispatch.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(dispatch.retryAfter(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(dispatch.retryAfter(30)).isEqualTo(Duration.ofHours(6));
	}

	private MailDispatch dispatch(JavaMailSender sender, Instant now) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sender", sender);
		return new MailDispatch(jdbc, beans.getBeanProvider(JavaMailSender.class), Clock.fixed(now, ZoneOffset.UTC),
				"noreply@example.com", Duration.ofHours(6));
	}

}
