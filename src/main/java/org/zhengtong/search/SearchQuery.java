package org.zhengtong.search;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor looks for.
 *
 * @param text words or phrases separated by spaces; each must be found (at most 100
 * characters are used)
 * @param site {@code zh} or {@code en}
 * @param channel only this channel (and not the ones below it), or {@code null}
 * @param type only articles or only disclosure items, or {@code null} for both
 * @param from published on or after this day, or {@code null}
 * @param to published on or before this day, or {@code null}
 * @param page from 0
 */
public record SearchQuery(String text, String site, @Nullable UUID channel, @Nullable SearchType type,
		@Nullable LocalDate from, @Nullable LocalDate to, int page, int size) {
}
