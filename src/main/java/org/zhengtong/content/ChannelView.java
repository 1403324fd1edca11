package org.zhengtong.content;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A channel (栏目).
 *
 * @param path slugs from the top, joined by {@code /}
 * @param depth 0 for a top channel
 * @param active shown on the public site (a hidden channel's page answers 404, it leaves
 * the navigation and the homepage)
 * @param version changes with every change of the channel (optimistic locking of its
 * form)
 */
public record ChannelView(UUID id, String siteCode, @Nullable UUID parentId, String slug, String path, String name,
		ChannelKind kind, @Nullable String linkUrl, int sortOrder, boolean inNavigation, boolean onHomepage,
		boolean active, int depth, long version) {

	/** The channel's public address on its site. */
	public String href(SiteView site) {
		return kind == ChannelKind.LINK && linkUrl != null ? linkUrl : site.pathPrefix() + "/columns/" + path;
	}

}
