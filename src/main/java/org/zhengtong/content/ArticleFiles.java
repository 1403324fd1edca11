package org.zhengtong.content;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.files.FileLink;

/**
 * The files of a revision on the desk: attachments (附件), images in its text, its 题图. Only
 * the drafter changes them, while the revision is a draft or returned.
 */
public interface ArticleFiles {

	/**
	 * Uploads a file to the actor's open revision: an image goes into its text at the
	 * end, any other file is listed under the article as an attachment (附件).
	 * @throws org.zhengtong.files.FileRefused when too large or not an accepted type
	 * (checked by content, not by name); nothing is kept then
	 */
	FileLink attach(long revision, InputStream content, String fileName, boolean image, String actor);

	/**
	 * Makes one of the images of the actor's open revision its 题图 (or, with {@code null},
	 * none).
	 * @throws ContentRefused when the file is not an image of this revision
	 */
	void cover(long revision, @Nullable UUID link, String actor);

	/** Removes a file from the actor's open revision (and an image from its text). */
	void detach(long revision, UUID link, String actor);

	/** The files of a revision. */
	List<FileLink> files(long revision);

}
