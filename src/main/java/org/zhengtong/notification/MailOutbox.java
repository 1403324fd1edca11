package org.zhengtong.notification;

/**
 * E-mail through the outbox. A message queued inside a transaction is sent only if that
 * transaction commits, and is kept and retried until the SMTP server accepts it.
 */
public interface MailOutbox {

	/**
	 * Queues a plain-text message; it leaves within a minute when the SMTP server is up.
	 */
	void queue(String recipient, String subject, String body);

}
