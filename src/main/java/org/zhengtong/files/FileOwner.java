package org.zhengtong.files;

/**
 * The object a file belongs to, named by its module:
 * {@code new FileOwner("content.article", id)}. The owner type decides who may download
 * it ({@link FileAccessPolicy}).
 */
public record FileOwner(String type, String id) {

	public FileOwner {
		if (type.isBlank() || id.isBlank()) {
			throw new IllegalArgumentException("A file owner needs a type and an id");
		}
	}

}
