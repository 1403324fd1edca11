package org.zhengtong.platform;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A column of an exported list, as the list shows it.
 *
 * @param headingKey the message key of the column's heading on the list page
 * @param value what a row shows in it: text, a number, an {@link java.time.Instant}
 * (shown in the platform's zone as the pages show it), a {@link java.time.LocalDate}, a
 * {@link org.springframework.context.MessageSourceResolvable} (shown in the reader's
 * language), or {@code null} for an empty cell
 */
public record ExportColumn<T>(String headingKey, Function<T, @Nullable Object> value) {

	public static <T> ExportColumn<T> of(String headingKey, Function<T, @Nullable Object> value) {
		return new ExportColumn<>(headingKey, value);
	}

}
