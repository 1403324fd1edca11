package org.zhengtong.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.shared.PageOf;

/**
 * Articles and their review workflow: draft → submitted → published, or returned with a
 * comment and submitted again; published → withdrawn. One revision of an article waits at
 * a time; a reviewer never decides their own draft; every step keeps and audits who did
 * it. Rich text is sanitized on save.
 */
public interface Articles {

	/**
	 * The fields an editor fills in.
	 *
	 * @param disclosure the catalogue elements, required in a disclosure channel and
	 * ignored elsewhere
	 * @param tags 标签, at most 10 of at most 20 characters
	 * @param related 相关链接, at most 10
	 */
	record Draft(String title, @Nullable String subtitle, @Nullable String source, @Nullable String author, String body,
			@Nullable DisclosureFields disclosure, List<String> tags, List<RelatedLink> related) {

		public Draft(String title, @Nullable String subtitle, @Nullable String source, @Nullable String author,
				String body) {
			this(title, subtitle, source, author, body, null);
		}

		public Draft(String title, @Nullable String subtitle, @Nullable String source, @Nullable String author,
				String body, @Nullable DisclosureFields disclosure) {
			this(title, subtitle, source, author, body, disclosure, List.of(), List.of());
		}

		/** The same draft with these catalogue elements. */
		public Draft withDisclosure(@Nullable DisclosureFields fields) {
			return new Draft(title, subtitle, source, author, body, fields, tags, related);
		}

		/** The same draft with this body. */
		public Draft withBody(String text) {
			return new Draft(title, subtitle, source, author, text, disclosure, tags, related);
		}

		/** Tags as people type them: separated by commas, 顿号, semicolons or spaces. */
		public static List<String> splitTags(String typed) {
			return java.util.Arrays.stream(typed.split("[,，、;；\\s]+")).filter((tag) -> !tag.isBlank()).toList();
		}

	}

	/**
	 * A new article in a channel, as a draft of the actor's.
	 * @throws ContentRefused when the actor may not draft there or a field is wrong
	 */
	RevisionView create(UUID channel, Draft draft, String actor);

	/** Saves the open revision (its drafter, while it is a draft or returned). */
	RevisionView save(long revision, Draft draft, String actor);

	/** Sends the draft to review. */
	RevisionView submit(long revision, String actor);

	/**
	 * Approves and publishes at once; the article shows this revision from now on.
	 * @throws ContentRefused when the actor may not review in the channel, or drafted it
	 */
	RevisionView publish(long revision, String actor);

	/**
	 * Approves now and publishes at a later time (定时发布): the revision waits, scheduled,
	 * and goes on the site at {@code at} in the reviewer's name.
	 * @throws ContentRefused when the time is not in the future, or as for
	 * {@link #publish}
	 */
	RevisionView schedule(long revision, Instant at, String actor);

	/** Takes a scheduled revision back to review (a reviewer of its channel). */
	RevisionView unschedule(long revision, String actor);

	/**
	 * Sets (or with {@code null} clears) when a published or scheduled article is taken
	 * off the site by itself (到期下线); a reviewer of its channel.
	 */
	void expire(long article, @Nullable Instant at, String actor);

	/** Returns the revision to its drafter with what needs changing. */
	RevisionView returnToDrafter(long revision, String comment, String actor);

	/** A new revision of a published article, a copy of what is public, for the actor. */
	RevisionView revise(long article, String actor);

	/**
	 * Moves an article to another channel of the same site and kind; the actor reviews in
	 * both. Its address stays the same.
	 */
	void move(long article, UUID channel, String actor);

	/** Takes a published article off the site (its page then answers 410). */
	void withdraw(long article, String reason, String actor);

	/**
	 * Uploads a file to the actor's open revision: an image goes into its text at the
	 * end, any other file is listed under the article as an attachment (附件).
	 * @throws org.zhengtong.files.FileRefused when too large or not an accepted type
	 * (checked by content, not by name); nothing is kept then
	 */
	org.zhengtong.files.FileLink attach(long revision, java.io.InputStream content, String fileName, boolean image,
			String actor);

	/**
	 * Makes one of the images of the actor's open revision its 题图 (or, with {@code null},
	 * none).
	 * @throws ContentRefused when the file is not an image of this revision
	 */
	void cover(long revision, @Nullable UUID link, String actor);

	/** The newest published articles with a 题图 in the site's homepage channels. */
	List<CoverStory> withCover(String siteCode, int limit);

	/** Removes a file from the actor's open revision (and an image from its text). */
	void detach(long revision, UUID link, String actor);

	/** The files of a revision. */
	List<org.zhengtong.files.FileLink> files(long revision);

	/**
	 * The attachments of the published revision (its files that are not images in the
	 * text).
	 */
	List<org.zhengtong.files.FileLink> attachments(long article);

	Optional<RevisionView> revision(long id);

	/**
	 * 预览链接: a secret for a link that shows the revision to anyone who opens it for 7
	 * days, without an account; for its drafter and the people of its channel.
	 */
	String sharePreview(long revision, String actor);

	/** The revision a preview link shows, while the link is valid. */
	Optional<RevisionView> previewed(String token);

	/** Every revision of the article, newest first. */
	List<RevisionView> history(long article);

	/** The actor's drafts and returned or submitted revisions. */
	List<DeskItem> mine(String actor);

	/** Submitted revisions the actor may review (not their own). */
	List<DeskItem> toReview(String actor);

	/** Revisions waiting for their publication time, in channels the actor works in. */
	List<DeskItem> scheduled(String actor);

	/** Recently published articles in channels the actor works in. */
	List<DeskItem> recentlyPublished(String actor, int limit);

	/** The published or withdrawn article, for the public site. */
	Optional<PublishedArticle> published(long article);

	/** The related links of a revision, in their order. */
	List<RelatedLink> related(long revision);

	/** The site's published articles with this tag, newest first. */
	PageOf<ArticleSummary> tagged(String siteCode, String tag, int page, int size);

	/** A channel's published articles, newest first. */
	PageOf<ArticleSummary> publishedIn(UUID channel, int page, int size);

	/**
	 * Published articles with an id above {@code afterId}, in id order: a walk over all
	 * of them in batches (rebuilding the search index).
	 */
	List<PublishedArticle> publishedAfter(long afterId, int limit);

	/**
	 * 从表格导入: every row of the workbook's first sheet (标题, 副标题, 来源, 作者, 正文, 标签) becomes a
	 * draft of the actor's in the channel, as a job with progress — all rows or none: the
	 * first problems are named by row.
	 * @throws ContentRefused when the actor may not draft there, or it is a disclosure
	 * channel (whose items need their elements one by one)
	 * @throws org.zhengtong.files.FileRefused when the file is not an .xlsx workbook or
	 * too large
	 */
	org.zhengtong.platform.JobView importDrafts(UUID channel, java.io.InputStream workbook, String fileName,
			String actor, java.util.Locale locale) throws java.io.IOException;

	/** The workbook to fill in for {@link #importDrafts}: headings and one example. */
	byte[] importTemplate() throws java.io.IOException;

	/** A file chosen for import, as named on the editor's computer. */
	record Upload(String fileName, org.springframework.core.io.InputStreamSource content) {
	}

	/**
	 * 从文件导入: each Word (.docx) or OFD file becomes a draft of the actor's in the channel,
	 * as a job. Other files (a folder's old .doc, PDF, Office lock files) are skipped and
	 * named in the outcome. All are checked first; one that cannot be read or breaks a
	 * rule imports nothing, and the job names the files to fix.
	 * @throws ContentRefused as for {@link #importDrafts}, or when no file is a .docx or
	 * .ofd, or there are too many
	 * @throws org.zhengtong.files.FileRefused when a file's content is not what its name
	 * says, or too large
	 */
	org.zhengtong.platform.JobView importDocuments(UUID channel, List<Upload> uploads, String actor,
			java.util.Locale locale) throws java.io.IOException;

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

}
