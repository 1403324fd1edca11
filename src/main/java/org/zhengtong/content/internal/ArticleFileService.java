package org.zhengtong.content.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.content.ArticleFiles;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.content.RevisionView;
import org.zhengtong.files.FileLink;

/** Attachments, images and the 题图 of the drafter's open revision. */
@Service
class ArticleFileService implements ArticleFiles {

	private final DeskGuards guards;

	private final RevisionRecords revisions;

	private final RevisionFiles files;

	private final Clock clock;

	ArticleFileService(DeskGuards guards, RevisionRecords revisions, RevisionFiles files, Clock clock) {
		this.guards = guards;
		this.revisions = revisions;
		this.files = files;
		this.clock = clock;
	}

	@Override
	@Transactional
	public FileLink attach(long id, InputStream content, String fileName, boolean image, String actor) {
		RevisionView revision = guards.open(id, actor);
		FileLink link = files.attach(revision, content, fileName, image, actor);
		if (image) {
			revisions.appendToBody(id, RichText.sanitize(RevisionFiles.imageTag(link)), clock.instant());
		}
		return link;
	}

	@Override
	@Transactional
	public void detach(long id, UUID link, String actor) {
		RevisionView revision = guards.open(id, actor);
		files.of(id).stream().filter((l) -> l.id().equals(link)).findFirst().ifPresent((found) -> {
			// The image, and the paragraph it stood alone in.
			String body = revision.body()
				.replaceAll("<p>\\s*<img[^>]*src=\"" + Pattern.quote(found.downloadPath()) + "\"[^>]*>\\s*</p>", "")
				.replaceAll("<img[^>]*src=\"" + Pattern.quote(found.downloadPath()) + "\"[^>]*>", "");
			revisions.replaceBody(id, body, clock.instant());
		});
		revisions.clearCover(id, link);
		files.detach(revision, link, actor);
	}

	@Override
	@Transactional
	public void cover(long id, @Nullable UUID link, String actor) {
		RevisionView revision = guards.open(id, actor);
		if (link != null && files.of(id)
			.stream()
			.noneMatch((l) -> l.id().equals(link) && l.file().mediaType().startsWith("image/"))) {
			throw ContentRefused.notAnImage();
		}
		revisions.cover(revision.id(), link, clock.instant());
	}

	@Override
	public List<FileLink> files(long revision) {
		return files.of(revision);
	}

}
