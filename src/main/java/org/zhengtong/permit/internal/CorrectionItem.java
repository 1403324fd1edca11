package org.zhengtong.permit.internal;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * One line of a 补正 notice: a material of the case's guide (its position) or, with
 * {@code material} {@code null}, something the clerk wrote in, with why it is needed.
 *
 * @param name what to hand in, 1–200 characters
 * @param reason why it is missing or not acceptable, 1–500 characters
 */
@Embeddable
public record CorrectionItem(@Nullable Integer material, String name, String reason) {

	public CorrectionItem {
		if (name.isBlank() || name.length() > 200 || reason.isBlank() || reason.length() > 500) {
			throw new IllegalArgumentException("Not a correction item: " + name);
		}
	}

}
