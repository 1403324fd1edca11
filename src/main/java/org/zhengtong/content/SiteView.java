package org.zhengtong.content;

import java.time.Instant;

/**
 * A site the installation serves: the city portal in Chinese, its English site, and later
 * district portals (集约化).
 *
 * @param pathPrefix where its pages live: {@code ""} or {@code /en}
 * @param version bumped by every publication and withdrawal
 * @param changedAt when the version was bumped, in whole seconds, later with every
 * version
 */
public record SiteView(String code, String name, String language, String pathPrefix, long version, Instant changedAt) {

	public boolean english() {
		return language.equals("en");
	}

}
