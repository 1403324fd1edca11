package org.zhengtong.platform;

/**
 * Text messages to mobile phones (verification codes). A deployment provides the bean for
 * its operator's SMS service; outside {@code prod} a development gateway writes them to
 * the log instead.
 */
public interface SmsGateway {

	/**
	 * @param mobile an 11-digit mainland mobile number
	 * @throws IllegalStateException when the message could not be handed over
	 */
	void send(String mobile, String text);

}
