package org.zhengtong.notification.internal;

/** The ways a person hears of one type of event. */
public record Channels(boolean inApp, boolean email, boolean sms) {

	boolean any() {
		return inApp || email || sms;
	}

	@Override
	public String toString() {
		return (inApp ? "站内" : "-") + "/" + (email ? "邮件" : "-") + "/" + (sms ? "短信" : "-");
	}

}
