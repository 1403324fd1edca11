package org.zhengtong.notification.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.zhengtong.notification.internal.Channels;
import org.zhengtong.notification.internal.NotificationPreferences.Choices;
import org.zhengtong.notification.internal.NotificationType;
import org.zhengtong.notification.internal.Settings;

/**
 * The preferences page: for each channel the event types ticked (their names), the
 * language, and whether e-mails come as a daily digest.
 */
class PreferencesForm {

	private List<String> inApp = new ArrayList<>();

	private List<String> email = new ArrayList<>();

	private List<String> sms = new ArrayList<>();

	@NotNull
	@Pattern(regexp = "zh|en")
	private String locale = "zh";

	private boolean dailyDigest;

	static PreferencesForm of(Choices choices) {
		PreferencesForm form = new PreferencesForm();
		choices.channels().forEach((type, channels) -> {
			if (channels.inApp()) {
				form.inApp.add(type.name());
			}
			if (channels.email()) {
				form.email.add(type.name());
			}
			if (channels.sms()) {
				form.sms.add(type.name());
			}
		});
		form.locale = choices.settings().locale().getLanguage();
		form.dailyDigest = choices.settings().dailyDigest();
		return form;
	}

	Choices toChoices() {
		Map<NotificationType, Channels> channels = new EnumMap<>(NotificationType.class);
		for (NotificationType type : NotificationType.values()) {
			channels.put(type,
					new Channels(inApp.contains(type.name()), email.contains(type.name()), sms.contains(type.name())));
		}
		return new Choices(channels, new Settings(Locale.forLanguageTag(locale), dailyDigest));
	}

	public List<String> getInApp() {
		return inApp;
	}

	public void setInApp(List<String> inApp) {
		this.inApp = inApp;
	}

	public List<String> getEmail() {
		return email;
	}

	public void setEmail(List<String> email) {
		this.email = email;
	}

	public List<String> getSms() {
		return sms;
	}

	public void setSms(List<String> sms) {
		this.sms = sms;
	}

	public String getLocale() {
		return locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

	public boolean isDailyDigest() {
		return dailyDigest;
	}

	public void setDailyDigest(boolean dailyDigest) {
		this.dailyDigest = dailyDigest;
	}

}
