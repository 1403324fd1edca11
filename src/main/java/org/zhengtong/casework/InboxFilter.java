package org.zhengtong.casework;

import org.jspecify.annotations.Nullable;

/**
 * What the 待办 list is narrowed to; each {@code null} means "any".
 *
 * @param module a module's name ("content")
 * @param type a case type's code ("content.article-review")
 * @param colour the deadline's colour now
 */
public record InboxFilter(@Nullable String module, @Nullable String type, @Nullable ClockColour colour) {

	public static final InboxFilter NONE = new InboxFilter(null, null, null);

}
