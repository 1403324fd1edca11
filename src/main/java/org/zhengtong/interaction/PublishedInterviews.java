package org.zhengtong.interaction;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 在线访谈 as the public reads them (announced, live and archived), for other modules
 * (search) that keep a copy; {@link InterviewChanged} says when one changed.
 */
public interface PublishedInterviews {

	/** The interview as the public sees it now; empty when there is none. */
	Optional<InterviewEntry> published(UUID interview);

	/**
	 * Interviews after {@code after} in id order (for rebuilding a copy), at most
	 * {@code limit}.
	 */
	List<InterviewEntry> publishedAfter(@Nullable UUID after, int limit);

	/** How many interviews are shown. */
	long publishedCount();

}
