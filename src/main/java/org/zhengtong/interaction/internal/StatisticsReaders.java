package org.zhengtong.interaction.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whose letter statistics someone may read: every unit, one unit, or none ({@code unit}
 * null and not every unit).
 */
public record StatisticsReaders(boolean everyUnit, @Nullable UUID unit) {
}
