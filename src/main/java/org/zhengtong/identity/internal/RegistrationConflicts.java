package org.zhengtong.identity.internal;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.platform.MailOutbox;
import org.zhengtong.platform.SmsGateway;

/**
 * A registration with a 身份证号, mobile or e-mail that another account already holds. The
 * visitor is told nothing more than after a registration that went through (no oracle);
 * the holder is told instead — by e-mail, or by SMS when the account has no e-mail — in a
 * transaction of its own, as is the audit entry, while the registration rolls back.
 */
@Component
class RegistrationConflicts {

	record Holder(String username, @Nullable String email, @Nullable String mobile) {
	}

	private final JdbcClient jdbc;

	private final MailOutbox mail;

	private final ObjectProvider<SmsGateway> sms;

	private final AuditManagement audit;

	private final TransactionTemplate apart;

	private final Clock clock;

	RegistrationConflicts(JdbcClient jdbc, MailOutbox mail, ObjectProvider<SmsGateway> sms, AuditManagement audit,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.sms = sms;
		this.audit = audit;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * @param condition SQL after {@code WHERE} naming the holder, with one parameter
	 * @param what what was used again, for the holder and the audit ("身份证号", "手机号")
	 */
	void tellHolder(String condition, Object value, String what, String attemptedUsername) {
		Optional<Holder> holder = jdbc
			.sql("SELECT a.username, a.email, a.mobile FROM identity_account a "
					+ "LEFT JOIN identity_citizen c ON c.account_id = a.id WHERE " + condition + " LIMIT 1")
			.param(value)
			.query(Holder.class)
			.optional();
		if (holder.isEmpty()) {
			return;
		}
		String text = "您好，" + holder.get().username() + "：有人尝试用您账户的" + what + "注册新账户（用户名 " + attemptedUsername
				+ "），没有创建新账户。如果是您本人，请直接用原账户登录，忘记密码可在登录页找回。" + " Someone tried to register a new account with the "
				+ english(what) + " of your account " + holder.get().username()
				+ "; no account was created. If it was you, sign in with your account.";
		apart.executeWithoutResult((status) -> {
			if (holder.get().email() != null) {
				mail.queue(holder.get().email(), "注册提醒 · Registration notice", text);
			}
		});
		if (holder.get().email() == null && holder.get().mobile() != null && sms.getIfAvailable() != null) {
			sms.getObject().send(holder.get().mobile(), "【政务服务】有人尝试用您账户的" + what + "注册新账户，未创建。如是本人操作，请用原账户登录。");
		}
		audit.recordApart(
				AuditableEvent
					.succeeded(clock.instant(), "anonymous", "identity.registration-refused", "account",
							holder.get().username(), "注册 " + attemptedUsername + " 被拒绝：" + what + "已属于账户 "
									+ holder.get().username() + "，已通知其持有人")
					.withOutcome(Outcome.DENIED));
	}

	private static String english(String what) {
		return switch (what) {
			case "身份证号" -> "ID number";
			case "手机号" -> "mobile number";
			default -> "e-mail address";
		};
	}

}
