package org.zhengtong.platform;

/**
 * E-mail through the outbox. A message queued inside a transaction is sent only if that
 * transaction commits, and is kept and retried until the SMTP server accepts it.
 */
public interface MailOutbox {

	/**
	 * Queues a plain-text message; it leaves within a minute when the SMTP server is up.
	 */
	void queue(String recipient, String subject, String body);

	/**
	 * Queues a message that carries a secret (a one-time link): as {@link #queue}, but
	 * its body is cleared from the outbox as soon as the SMTP server has accepted it.
	 */
	void queueConfidential(String recipient, String subject, String body);

}
