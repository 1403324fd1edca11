package org.zhengtong.notification.internal;

import java.util.Locale;

/**
 * @param locale the language the person's notifications are written in (Chinese unless
 * they chose English)
 * @param dailyDigest one e-mail a day listing the day's messages instead of one per
 * message
 */
public record Settings(Locale locale, boolean dailyDigest) {

	static final Settings DEFAULT = new Settings(Locale.CHINESE, false);

	public Settings {
		locale = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.CHINESE;
	}

}
