package org.zhengtong.interaction;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 催办: a letter's reply clock turned yellow ({@code overdue} false) or red while a unit
 * held it. Its handler — the unit's handlers while nobody has taken it — and the unit's
 * leaders are to be urged; published once per letter, clock and colour.
 *
 * @param handler the account name of the handler who took it, if anyone has
 */
public record LetterUrged(UUID requestId, String number, String title, UUID unitId, @Nullable String handler,
		boolean overdue, Instant dueAt) {
}
