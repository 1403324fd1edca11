package org.zhengtong.search;

import java.time.Instant;

/** A search that found nothing, with how often it was made: what readers miss. */
public record ZeroResultQuery(String site, String text, long times, Instant lastAt) {
}
