package org.zhengtong.interaction;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 回复公开: the letters and replies shown to the public, for other modules (search) that keep
 * a copy. Hidden entries are not shown; {@link BoardEntryChanged} says when one changed.
 */
public interface ReplyBoard {

	/** The entry as the public sees it now; empty when there is none or it is hidden. */
	Optional<BoardEntry> published(UUID letterId);

	/**
	 * Shown entries after {@code after} in id order (for rebuilding a copy), at most
	 * {@code limit}.
	 */
	List<BoardEntry> publishedAfter(@Nullable UUID after, int limit);

	/** How many entries are shown. */
	long publishedCount();

}
