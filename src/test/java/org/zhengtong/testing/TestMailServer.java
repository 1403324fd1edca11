package org.zhengtong.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.zhengtong.platform.SmsGateway;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP server inside the test JVM (GreenMail) on a free port, and the application's
 * mail sender pointed at it: e-mails from the outbox are really sent and can be read
 * back.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		return new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
	}

	/** Text messages, kept for tests to read (newest last). */
	@Bean
	@Primary
	RecordingSmsGateway recordingSmsGateway() {
		return new RecordingSmsGateway();
	}

	public static class RecordingSmsGateway implements SmsGateway {

		private final List<String[]> sent = new CopyOnWriteArrayList<>();

		@Override
		public void send(String mobile, String text) {
			sent.add(new String[] { mobile, text });
		}

		/** The last text sent to the number, if any. */
		public Optional<String> lastTo(String mobile) {
			for (int i = sent.size() - 1; i >= 0; i--) {
				if (sent.get(i)[0].equals(mobile)) {
					return Optional.of(sent.get(i)[1]);
				}
			}
			return Optional.empty();
		}

		public long countTo(String mobile) {
			return sent.stream().filter((message) -> message[0].equals(mobile)).count();
		}

	}

	@Bean
	JavaMailSender javaMailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

}
