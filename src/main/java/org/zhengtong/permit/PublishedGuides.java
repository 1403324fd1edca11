package org.zhengtong.permit;

import java.util.List;
import java.util.Optional;

/**
 * The service guides in force of items still offered, for other modules (search) that
 * keep a copy; {@link GuideChanged} says when one changed.
 */
public interface PublishedGuides {

	/** The item's guide in force; empty when it has none or the item is withdrawn. */
	Optional<GuideEntry> published(long itemId);

	/**
	 * Guides in force of items after {@code afterItem} in id order (for rebuilding a
	 * copy), at most {@code limit}.
	 */
	List<GuideEntry> publishedAfter(long afterItem, int limit);

	/** How many items show a guide. */
	long publishedCount();

}
