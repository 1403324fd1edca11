package org.zhengtong.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The editors' desk: articles and their review workflow — draft → submitted → published
 * (or scheduled), or returned with a comment and submitted again; published → withdrawn —
 * and what the desk lists. One revision of an article waits at a time; a reviewer never
 * decides their own draft; of two reviewers deciding one revision at once, one decides
 * and the other is told; every step keeps and audits who did it. Rich text is sanitized
 * on save. Files of a revision are {@link ArticleFiles}; what the public site reads is
 * {@link PublishedArticles}.
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

	/**
	 * Returns the revision to its drafter with what needs changing (kept in
	 * {@link #returns}); publishes {@link ArticleReturned} so the writer is told.
	 * @throws ContentRefused when the comment is blank, or as for {@link #publish}, or
	 * another reviewer decided it first
	 */
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

	/**
	 * Every time a revision of the article was returned, with the reviewer's comment,
	 * oldest first (a resent revision keeps its earlier returns).
	 */
	List<ReviewReturn> returns(long article);

	/**
	 * 办理过程: the history of the revision's review case on the case-work core (sent,
	 * claimed, decided with 意见, moved on), oldest first; empty for a revision never sent
	 * to review there.
	 */
	List<org.zhengtong.casework.HistoryEntry> reviewProcess(long revision);

	/**
	 * One page of a list of the desk, in the channels the actor works in, matching the
	 * filter, in the order asked for (one of {@link DeskList#sortKeys()}, else the list's
	 * default), with the count of all its lines.
	 */
	PageOf<DeskItem> desk(DeskList list, String actor, DeskFilter filter, @Nullable ListSort sort, int page, int size);

	/** The actor's drafts and returned or submitted revisions (the first 200). */
	default List<DeskItem> mine(String actor) {
		return desk(DeskList.MINE, actor, DeskFilter.none(), null, 0, ListQuery.MAX_PAGE_SIZE).items();
	}

	/** Submitted revisions the actor may review, not their own (the first 200). */
	default List<DeskItem> toReview(String actor) {
		return desk(DeskList.TO_REVIEW, actor, DeskFilter.none(), null, 0, ListQuery.MAX_PAGE_SIZE).items();
	}

	/**
	 * Revisions waiting for their publication time, in channels the actor works in (the
	 * first 200).
	 */
	default List<DeskItem> scheduled(String actor) {
		return desk(DeskList.SCHEDULED, actor, DeskFilter.none(), null, 0, ListQuery.MAX_PAGE_SIZE).items();
	}

	/**
	 * Recently published articles in channels the actor works in, at most {@code limit}
	 * (up to 200).
	 */
	default List<DeskItem> recentlyPublished(String actor, int limit) {
		return desk(DeskList.PUBLISHED, actor, DeskFilter.none(), null, 0, limit).items();
	}

	/** The related links of a revision, in their order. */
	List<RelatedLink> related(long revision);

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

}
