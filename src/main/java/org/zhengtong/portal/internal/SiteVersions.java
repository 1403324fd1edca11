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

	private final Channels channels;

	private final Map<String, Long> versions = new ConcurrentHashMap<>();

	SiteVersions(Channels channels) {
		this.channels = channels;
	}

	long current(String site) {
		Long known = versions.get(site);
		if (known == null) {
			refresh();
			known = versions.getOrDefault(site, 0L);
		}
		return known;
	}

	@Scheduled(fixedDelayString = "${zhengtong.portal.site-version-poll:PT1S}")
	void refresh() {
		channels.sites().forEach((site) -> versions.merge(site.code(), site.version(), Math::max));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void updated(SiteUpdated event) {
		versions.merge(event.siteCode(), event.version(), Math::max);
	}

}
