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

	/**
	 * What a site administrator changes of a channel after its creation (its address
	 * stays; {@link #move} gives it another parent).
	 *
	 * @param name 1 to 40 characters
	 * @param sortOrder its place among its siblings, smaller first
	 * @param active shown on the public site; {@code false} hides it (隐藏)
	 * @param linkUrl the address of a link channel, else ignored
	 * @param version the version the form showed: a change made meanwhile is refused
	 */
	record Settings(String name, int sortOrder, boolean inNavigation, boolean onHomepage, boolean active,
			@Nullable String linkUrl, long version) {
	}

	/**
	 * Renames, reorders, hides or shows the channel, puts it in or out of the navigation
	 * and the homepage; audited with what changed before and after; the site's public
	 * pages are stale at once.
	 * @throws ContentRefused for a missing name, a bad link, or a change made meanwhile
	 */
	ChannelView change(UUID channel, Settings settings, String actor);

	/**
	 * Moves the channel one place up ({@code -1}) or down ({@code 1}) among its siblings.
	 */
	ChannelView shift(UUID channel, int direction, String actor);

	/**
	 * Puts the channel (with the channels below it) under another parent of its site, or
	 * at the top for {@code null}: its address and theirs change.
	 * @throws ContentRefused under itself or a channel below it (audited as refused), an
	 * address already taken there, a change made meanwhile
	 */
	ChannelView move(UUID channel, @Nullable UUID parent, long version, String actor);

	/**
	 * Removes an empty channel and the rights given in it.
	 * @throws ContentRefused while it holds articles (with their count) or channels below
	 * it; audited as refused
	 */
	void remove(UUID channel, long version, String actor);

	/** How many articles (in any state) the channel holds. */
	long articleCount(UUID channel);

}
