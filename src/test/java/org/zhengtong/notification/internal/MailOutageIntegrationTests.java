package org.zhengtong.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.content.ArticleReturned;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the SMTP server down, 50 returned articles each reach their writer's mailbox
 * exactly once after it comes back: the outbox keeps them, the sender's retries deliver
 * them, and no run sends one twice.
 */
@IntegrationTest
class MailOutageIntegrationTests {

	@Autowired
	GreenMail smtp;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	JavaMailSender sender;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Test
	void fifty_events_reach_their_email_exactly_once_after_the_smtp_server_returns() throws Exception {
		UUID unit = TestStaff.unit(units, "邮件中断测试局", "Mail Outage Bureau");
		String writer = TestStaff.staff(accounts, unit, "outage", "撰稿人", "Zt-Passw0rd-2026!");
		String email = writer + "@example.com";
		jdbc.sql("UPDATE identity_account SET email = ? WHERE username = ?").params(email, writer).update();
		long base = System.nanoTime() % 1_000_000_000L + 2_000_000_000L;

		smtp.stop();
		try {
			for (int i = 1; i <= 50; i++) {
				long revision = base + i;
				String title = "停电通知 " + i;
				transactions.executeWithoutResult((status) -> events.publishEvent(
						new ArticleReturned(revision, revision, title, writer, "赵敏", "请改第 " + revision + " 段")));
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> queued(email) == 50);
			// The application's own sender runs meanwhile (50 a run, oldest first: as
			// often
			// as it takes to try each) and fails.
			for (int run = 0; run < 10 && tried(email) < 50; run++) {
				jobs.run("notification.send-mail");
			}
			assertThat(tried(email)).isEqualTo(50);
			assertThat(sent(email)).isZero();
		}
		finally {
			smtp.start();
			((JavaMailSenderImpl) sender).setPort(smtp.getSmtp().getPort());
		}

		// Once the retry wait is over, the outbox sends each message; a further run sends
		// none again.
		MailDispatch later = dispatch(Instant.now().plus(Duration.ofHours(2)));
		while (later.sendDue() > 0) {
			// batches of 50
		}
		later.sendDue();
		assertThat(sent(email)).isEqualTo(50);
		List<String> subjects = MessageCentreIntegrationTests.subjectsTo(smtp, email);
		assertThat(subjects).hasSize(50)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					IntStream.rangeClosed(1, 50).mapToObj((i) -> "您的稿件《停电通知 " + i + "》被退回").toList());
	}

	private long queued(String email) {
		return jdbc.sql("SELECT count(*) FROM notification_mail WHERE recipient = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	private long tried(String email) {
		return jdbc.sql("SELECT count(*) FROM notification_mail WHERE recipient = ? AND attempts > 0")
			.param(email)
			.query(Long.class)
			.single();
	}

	private long sent(String email) {
		return jdbc.sql("SELECT count(*) FROM notification_mail WHERE recipient = ? AND sent_at IS NOT NULL")
			.param(email)
			.query(Long.class)
			.single();
	}

	private MailDispatch dispatch(Instant now) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sender", sender);
		return new MailDispatch(jdbc, beans.getBeanProvider(JavaMailSender.class), Clock.fixed(now, ZoneOffset.UTC),
				"noreply@example.com", Duration.ofHours(6));
	}

}
