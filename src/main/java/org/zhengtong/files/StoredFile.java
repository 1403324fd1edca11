package org.zhengtong.files;

/**
 * Content in the file store.
 *
 * @param sha256 the content's SHA-256 in lower-case hex: its name in the store
 * @param size bytes
 * @param mediaType the type read from the content, such as {@code application/pdf}
 */
public record StoredFile(String sha256, long size, String mediaType) {
}
