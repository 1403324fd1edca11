package org.zhengtong.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.content.RevisionView;
import org.zhengtong.files.FileAccess;
import org.zhengtong.files.FileAccessPolicy;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.UploadRules;

/**
 * The files of a revision (owner {@code content.revision}): attachments listed under the
 * article, images shown in its text. The public may download those of a published
 * revision of a published article; the people of its channel those of any revision;
 * nobody else learns they exist. A new revision gets its own links to the same content,
 * and its text is pointed at them.
 */
@Component
class RevisionFiles implements FileAccessPolicy {

	static final String OWNER = "content.revision";

	private final FileManagement files;

	private final JdbcClient jdbc;

	private final ChannelService channels;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final org.zhengtong.files.FileTypes fileTypes;

	RevisionFiles(FileManagement files, JdbcClient jdbc, ChannelService channels, ApplicationEventPublisher events,
			Clock clock, org.zhengtong.files.FileTypes fileTypes) {
		this.fileTypes = fileTypes;
		this.files = files;
		this.jdbc = jdbc;
		this.channels = channels;
		this.events = events;
		this.clock = clock;
	}

	static FileOwner owner(long revision) {
		return new FileOwner(OWNER, Long.toString(revision));
	}

	List<FileLink> of(long revision) {
		return files.filesOf(owner(revision));
	}

	/**
	 * Stores and attaches an upload to an open revision of the actor's.
	 * @throws org.zhengtong.files.FileRefused when too large or not an accepted type
	 */
	@Transactional
	FileLink attach(RevisionView revision, InputStream content, String fileName, boolean image, String actor) {
		try {
			var stored = files.store(content, fileName, image ? UploadRules.IMAGES : UploadRules.DOCUMENTS);
			FileLink link = files.attach(stored, owner(revision.id()), fileName, actor);
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "content.file-attached", "article",
					Long.toString(revision.articleId()),
					actor + " 为《" + revision.title() + "》上传" + (image ? "图片 " : "附件 ") + fileName + "（"
							+ fileTypes.name(stored.mediaType(), java.util.Locale.SIMPLIFIED_CHINESE) + "，"
							+ stored.size() + " 字节）"));
			return link;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Transactional
	void detach(RevisionView revision, UUID link, String actor) {
		FileLink found = of(revision.id()).stream()
			.filter((l) -> l.id().equals(link))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No file " + link + " on revision " + revision.id()));
		files.detach(found.id());
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "content.file-detached", "article",
				Long.toString(revision.articleId()), actor + " 从《" + revision.title() + "》移除 " + found.fileName()));
	}

	/** The image as it goes into the text. */
	static String imageTag(FileLink link) {
		return "<p><img src=\"" + link.downloadPath() + "\" alt=\"" + HtmlUtils.htmlEscape(link.fileName()) + "\"></p>";
	}

	/** A body pointed at the new revision's links, and its cover among them. */
	record Copied(String body, @Nullable UUID cover) {
	}

	/**
	 * Gives the new revision links of its own to the old one's content; returns its body
	 * and cover pointed at them.
	 */
	Copied copy(long from, long to, String body, @Nullable UUID cover, String actor) {
		String copied = body;
		@Nullable UUID newCover = null;
		for (FileLink link : of(from)) {
			FileLink fresh = files.attach(link.file(), owner(to), link.fileName(), actor);
			copied = copied.replace(link.downloadPath(), fresh.downloadPath());
			if (link.id().equals(cover)) {
				newCover = fresh.id();
			}
		}
		return new Copied(copied, newCover);
	}

	@Override
	public String ownerType() {
		return OWNER;
	}

	@Override
	public FileAccess access(FileOwner owner, @Nullable Authentication reader) {
		long revision;
		try {
			revision = Long.parseLong(owner.id());
		}
		catch (NumberFormatException ex) {
			return FileAccess.DENIED;
		}
		record Row(org.zhengtong.content.RevisionState state, org.zhengtong.content.ArticleState articleState,
				UUID channel, String drafter) {
		}
		var row = jdbc.sql("""
				SELECT r.state, a.state AS article_state, a.channel_id, r.drafter FROM content_revision r
				JOIN content_article a ON a.id = r.article_id WHERE r.id = ?""")
			.param(revision)
			.query((rs, n) -> new Row(ArticleRows.revisionState(rs.getString(1)),
					ArticleRows.articleState(rs.getString(2)), rs.getObject(3, UUID.class), rs.getString(4)))
			.optional();
		if (row.isEmpty()) {
			return FileAccess.DENIED;
		}
		if (row.get().state() == org.zhengtong.content.RevisionState.PUBLISHED
				&& row.get().articleState() == org.zhengtong.content.ArticleState.PUBLISHED) {
			return FileAccess.PUBLIC;
		}
		if (reader != null && (reader.getName().equalsIgnoreCase(row.get().drafter())
				|| channels.levelOf(reader.getName(), row.get().channel()).isPresent())) {
			return FileAccess.ALLOWED;
		}
		return FileAccess.DENIED;
	}

}
