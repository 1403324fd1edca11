package org.zhengtong.notification.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's choices: per event type and channel, their language and the digest. */
@Repository
class PreferenceRecords {

	private final JdbcClient jdbc;

	PreferenceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every type's channels for the person: their choice, or the type's default. */
	Map<NotificationType, Channels> channelsOf(UUID account) {
		Map<NotificationType, Channels> channels = new EnumMap<>(NotificationType.class);
		for (NotificationType type : NotificationType.values()) {
			channels.put(type, type.defaults());
		}
		jdbc.sql("SELECT event_type, in_app, email, sms FROM notification_preference WHERE account_id = ?")
			.param(account)
			.query((rs, row) -> {
				try {
					channels.put(NotificationType.valueOf(rs.getString(1)),
							new Channels(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)));
				}
				catch (IllegalArgumentException retired) {
					// a type no longer sent
				}
				return row;
			})
			.list();
		return channels;
	}

	Settings settingsOf(UUID account) {
		return jdbc.sql("SELECT locale, daily_digest FROM notification_setting WHERE account_id = ?")
			.param(account)
			.query((rs, row) -> new Settings(Locale.forLanguageTag(rs.getString(1)), rs.getBoolean(2)))
			.optional()
			.orElse(Settings.DEFAULT);
	}

	void save(UUID account, Map<NotificationType, Channels> channels, Settings settings) {
		jdbc.sql(
				"""
						INSERT INTO notification_setting (account_id, locale, daily_digest) VALUES (?, ?, ?)
						ON CONFLICT (account_id) DO UPDATE SET locale = EXCLUDED.locale, daily_digest = EXCLUDED.daily_digest""")
			.params(account, settings.locale().getLanguage(), settings.dailyDigest())
			.update();
		channels.forEach((type, chosen) -> jdbc.sql("""
				INSERT INTO notification_preference (account_id, event_type, in_app, email, sms) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (account_id, event_type)
				DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, sms = EXCLUDED.sms""")
			.params(account, type.name(), chosen.inApp(), chosen.email(), chosen.sms())
			.update());
	}

}
