package org.zhengtong.files;

/** What a {@link FileAccessPolicy} answers for one reader and one file. */
public enum FileAccess {

	/**
	 * Anyone may read it, and shared caches may keep it for a few minutes (published
	 * content).
	 */
	PUBLIC,

	/** This reader may read it; nobody may cache it. */
	ALLOWED,

	/** This reader may not know it exists: the answer is 404. */
	DENIED

}
