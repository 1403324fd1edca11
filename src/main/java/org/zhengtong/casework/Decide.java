package org.zhengtong.casework;

import org.jspecify.annotations.Nullable;

/**
 * Decides an open task the actor reaches (themselves, a post, a unit permission, or
 * through someone who delegated to them).
 *
 * @param decision the type's own word (APPROVE, RETURN, AGREE …), at most 40 characters
 * @param opinion 意见, kept in the history, at most 2000 characters
 */
public record Decide(long taskId, String decision, @Nullable String opinion, String actor) {
}
