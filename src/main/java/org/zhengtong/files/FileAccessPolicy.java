package org.zhengtong.files;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Who may download the files of one owner type. The module owning the type implements it
 * as a bean; a file whose owner type has no policy is downloadable by nobody.
 */
public interface FileAccessPolicy {

	/** The owner type this policy decides for, such as {@code content.article}. */
	String ownerType();

	/**
	 * @param reader the logged-in user, or {@code null} for an anonymous visitor
	 */
	FileAccess access(FileOwner owner, @Nullable Authentication reader);

}
