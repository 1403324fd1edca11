package org.zhengtong.interaction;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 网上调查 and 意见征集 shown to the public (never a draft), for other modules (search) that keep
 * a copy; {@link SurveyChanged} says when one changed.
 */
public interface PublishedSurveys {

	/**
	 * The survey as the public sees it now; empty when there is none or it is a draft.
	 */
	Optional<SurveyEntry> published(UUID survey);

	/**
	 * Shown surveys after {@code after} in id order (for rebuilding a copy), at most
	 * {@code limit}.
	 */
	List<SurveyEntry> publishedAfter(@Nullable UUID after, int limit);

	/** How many surveys are shown. */
	long publishedCount();

}
