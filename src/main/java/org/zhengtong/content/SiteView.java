package org.zhengtong.content;

/**
 * A site the installation serves: the city portal in Chinese, its English site, and later
 * district portals (集约化).
 *
 * @param pathPrefix where its pages live: {@code ""} or {@code /en}
 * @param version bumped by every publication and withdrawal
 */
public record SiteView(String code, String name, String language, String pathPrefix, long version) {

	public boolean english() {
		return language.equals("en");
	}

}
