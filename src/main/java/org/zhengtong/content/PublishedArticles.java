package org.zhengtong.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.zhengtong.files.FileLink;
import org.zhengtong.shared.PageOf;

/**
 * The public read model of articles: what the portal, its feeds and sitemap, and search
 * read — published (or withdrawn) articles only, never a draft.
 */
public interface PublishedArticles {

	/** The published or withdrawn article, for the public site. */
	Optional<PublishedArticle> published(long article);

	/** The site's published articles with this tag, newest first. */
	PageOf<ArticleSummary> tagged(String siteCode, String tag, int page, int size);

	/** A channel's published articles, newest first. */
	PageOf<ArticleSummary> publishedIn(UUID channel, int page, int size);

	/**
	 * Published articles with an id above {@code afterId}, in id order: a walk over all
	 * of them in batches (rebuilding the search index).
	 */
	List<PublishedArticle> publishedAfter(long afterId, int limit);

	/** A channel's newest published articles, whole (a feed). */
	List<PublishedArticle> latestIn(UUID channel, int limit);

	/**
	 * Published articles with {@code from <= id < to}, in id order: one file of the
	 * sitemap.
	 */
	List<ArticleSummary> publishedWithIds(long from, long to);

	/** The highest id of a published article, or 0 when there is none. */
	long lastPublishedId();

	/** How many articles are published now. */
	long publishedCount();

	/**
	 * The homepage's blocks: the newest articles of each channel editors put on the
	 * site's homepage, at most {@code perChannel} each, newest first.
	 */
	List<ArticleSummary> latestOnHomepage(String siteCode, int perChannel);

	/** The newest published articles with a 题图 in the site's homepage channels. */
	List<CoverStory> withCover(String siteCode, int limit);

	/**
	 * The attachments of the published revision (its files that are not images in the
	 * text).
	 */
	List<FileLink> attachments(long article);

	/** The related links (相关链接) of the article's published revision, in their order. */
	List<RelatedLink> related(long article);

}
