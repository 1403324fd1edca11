package org.zhengtong.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Sites and their channel trees, and who may draft or review in each channel. Changes
 * need {@code content.manage} (网站管理员) and are audited.
 */
public interface Channels {

	List<SiteView> sites();

	SiteView site(String code);

	/** The site whose pages live under the prefix ({@code ""} or {@code /en}). */
	Optional<SiteView> siteAt(String pathPrefix);

	/** The site a public page belongs to, by its path ({@code /en/…} or not). */
	default Optional<SiteView> siteFor(String path) {
		return siteAt(org.zhengtong.platform.WebAreas.isEnglishSite(path) ? "/en" : "");
	}

	/** The site's channels in tree order (parents before children, by sort order). */
	List<ChannelView> tree(String siteCode);

	Optional<ChannelView> find(UUID id);

	Optional<ChannelView> find(String siteCode, String path);

	/** Active channels in the site's main navigation, in order. */
	List<ChannelView> navigation(String siteCode);

	/**
	 * @throws ContentRefused for a bad or taken slug, a missing name, a link without an
	 * address
	 */
	ChannelView create(String siteCode, @Nullable UUID parentId, String slug, String name, ChannelKind kind,
			@Nullable String linkUrl, int sortOrder, boolean inNavigation, boolean onHomepage, String actor);

	/** Gives a staff account DRAFT or REVIEW in the channel (replacing what it had). */
	void grant(UUID channel, String username, String level, String actor);

	void revoke(UUID channel, String username, String actor);

	List<ChannelGrant> grants(UUID channel);

	/** The level the account holds in the channel or the nearest channel above it. */
	Optional<String> levelOf(String username, UUID channel);

	/**
	 * Whether the account may review and publish in the channel (REVIEW there or above).
	 */
	default boolean mayReview(String username, UUID channel) {
		return levelOf(username, channel).filter("REVIEW"::equals).isPresent();
	}

}
