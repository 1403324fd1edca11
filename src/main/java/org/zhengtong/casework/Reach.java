package org.zhengtong.casework;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What one person reaches, looked up once per request: their account (for 已办 and 我发起的)
 * and the assignee keys of every post they hold (for 待办).
 *
 * @param account {@code null} for an unknown or inactive account, which reaches nothing
 */
public record Reach(@Nullable UUID account, Set<String> keys) {

	/** Nobody: an empty inbox. */
	public static final Reach NONE = new Reach(null, Set.of());

	public Reach {
		keys = Set.copyOf(keys);
	}

}
