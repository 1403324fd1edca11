package org.zhengtong.portal.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhengtong.content.Channels;
import org.zhengtong.content.SiteUpdated;

/**
 * Each site's current version, as the page cache needs it on every request without a
 * query: taken at once from this instance's own publications (after they commit), and
 * read from the database every {@code zhengtong.portal.site-version-poll} (PT1S) for
 * those of other instances.
 */
@Component
class SiteVersions {

	/**
	 * A site's version and when it was made, in milliseconds (whole seconds): later for
	 * every later version.
	 */
	record Version(long number, long changed) {

		/** Both sites at once (the sitemap files list both). */
		Version and(Version other) {
			return new Version(number + other.number, Math.max(changed, other.changed));
		}

		Version newest(Version other) {
			return other.number > number ? other : this;
		}

	}

	private final Channels channels;

	private final Map<String, Version> versions = new ConcurrentHashMap<>();

	SiteVersions(Channels channels) {
		this.channels = channels;
	}

	Version current(String site) {
		Version known = versions.get(site);
		if (known == null) {
			refresh();
			known = versions.getOrDefault(site, new Version(0, 0));
		}
		return known;
	}

	@Scheduled(fixedDelayString = "${zhengtong.portal.site-version-poll:PT1S}")
	void refresh() {
		channels.sites()
			.forEach((site) -> versions.merge(site.code(), new Version(site.version(), site.changedAt().toEpochMilli()),
					Version::newest));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void updated(SiteUpdated event) {
		versions.merge(event.siteCode(), new Version(event.version(), event.changedAt().toEpochMilli()),
				Version::newest);
	}

}
