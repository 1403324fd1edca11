package org.zhengtong.permit;

/**
 * An item's published service guide changed (a version published, the item withdrawn or
 * restored): whoever keeps a copy (the search index) reads it again through
 * {@link PublishedGuides#published}.
 */
public record GuideChanged(long itemId) {
}
