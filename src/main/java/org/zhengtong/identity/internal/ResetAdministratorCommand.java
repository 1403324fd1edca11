package org.zhengtong.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.platform.MailOutbox;
import org.zhengtong.platform.PlatformCommand;
import org.zhengtong.platform.PlatformProperties;

/**
 * {@code java -jar zhengtong.jar reset-administrator NAME}: the only way to reset the
 * password of an account holding one of the three administrator roles (三员), which no
 * administrator can do on the web. It runs on the server, so it needs the server's
 * operator as well as whoever asks; it prints a one-time password once (to be changed at
 * the first login), writes an audit entry naming the operating-system account that ran
 * it, and tells the holder by e-mail when the account has an address.
 */
@Component
class ResetAdministratorCommand implements PlatformCommand {

	private final AccountService accounts;

	private final AccountRecords records;

	private final MailOutbox mail;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final PlatformProperties platform;

	ResetAdministratorCommand(AccountService accounts, AccountRecords records, MailOutbox mail,
			TransactionTemplate transaction, Clock clock, PlatformProperties platform) {
		this.platform = platform;
		this.accounts = accounts;
		this.records = records;
		this.mail = mail;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "reset-administrator";
	}

	@Override
	public int run(List<String> arguments) {
		if (arguments.size() != 1) {
			System.err.println("Say whose password to reset: java -jar zhengtong.jar reset-administrator NAME");
			return 2;
		}
		var account = records.find(arguments.get(0)).orElse(null);
		if (account == null) {
			System.err.println("reset-administrator: there is no account " + arguments.get(0));
			return 1;
		}
		String operator = operator();
		String password = transaction.execute((status) -> {
			String chosen = accounts.resetAdministrator(account.username(), operator);
			records.email(account.id())
				.ifPresent((email) -> mail.queue(email, "管理员密码已重设 · Administrator password reset",
						message(account.username(), operator)));
			return chosen;
		});
		System.out.printf("One-time password for %s: %s%n", account.username(), password);
		System.out.println("It is shown only this once and must be changed at the first login. "
				+ (records.email(account.id()).isPresent() ? "The holder has been told by e-mail."
						: "The account has no e-mail address: tell the holder yourself."));
		return 0;
	}

	private String message(String username, String operator) {
		String when = ZonedDateTime.now(clock.withZone(platform.timeZone()))
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		return """
				您好，%1$s：

				您的管理员账户 %1$s 的密码已于 %2$s 在服务器上由运维人员（%3$s）用 reset-administrator 命令重设为一次性密码，原密码已失效。一次性密码由运维人员当面交给您，首次登录时必须修改。

				如果您没有要求重设，请立即联系安全审计员和单位负责人：这件事已记入审计日志。

				The password of your administrator account %1$s was reset on the server at %2$s by the operator (%3$s) with the reset-administrator command; the old password no longer works. The operator hands you the one-time password, which you must change at the first login. If you did not ask for this, tell the security auditor at once: it is in the audit log.
				"""
			.formatted(username, when, operator);
	}

	/** The operating-system account and host that ran the command, for the audit log. */
	private static String operator() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown host";
		}
		return System.getProperty("user.name") + "@" + host;
	}

}
