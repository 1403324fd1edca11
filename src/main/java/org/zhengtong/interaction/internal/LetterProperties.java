package org.zhengtong.interaction.internal;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhengtong.interaction.Door;

/**
 * Time limits of letters, in working days on the platform calendar (民法典 art. 201: the day
 * a letter arrives is not counted). Defaults, per door, documented in
 * docs/admin-guide.md: 受理 within 2 working days everywhere; a reply within 15 (领导信箱, 投诉,
 * 建议), 5 (咨询), 10 (留言) and 3 (我为政府网站找错, as the inspection rules expect).
 *
 * @param limits per door: {@code accept} and {@code reply} working days
 * @param reopenDays how long after the reply the writer may re-open (重办) it, working days
 * @param rateDays how long after the reply the writer may rate it; the letter is 办结 then
 */
@ConfigurationProperties("zhengtong.interaction.letters")
public record LetterProperties(Map<Door, Limit> limits, @DefaultValue("15") int reopenDays,
		@DefaultValue("15") int rateDays) {

	/** A door's limits, in working days. */
	public record Limit(@DefaultValue("2") int accept, @DefaultValue("15") int reply) {

		public Limit {
			if (accept < 1 || reply < 1) {
				throw new IllegalArgumentException("Letter limits are at least one working day");
			}
		}

	}

	public LetterProperties {
		Map<Door, Limit> all = new EnumMap<>(Door.class);
		all.put(Door.MAILBOX, new Limit(2, 15));
		all.put(Door.CONSULTATION, new Limit(2, 5));
		all.put(Door.COMPLAINT, new Limit(2, 15));
		all.put(Door.SUGGESTION, new Limit(2, 15));
		all.put(Door.MESSAGE, new Limit(2, 10));
		all.put(Door.SITE_ERROR, new Limit(1, 3));
		if (limits != null) {
			all.putAll(limits);
		}
		limits = Map.copyOf(all);
		if (reopenDays < 1 || rateDays < 1) {
			throw new IllegalArgumentException("zhengtong.interaction.letters periods are at least one working day");
		}
	}

	/** The limits of a door. */
	public Limit of(Door door) {
		return limits.get(door);
	}

}
