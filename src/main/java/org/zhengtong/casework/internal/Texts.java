package org.zhengtong.casework.internal;

import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.CaseworkRefused;

/** The bounds of the texts people give. */
final class Texts {

	private Texts() {
	}

	static @Nullable String optional(@Nullable String text, String field, int most) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > most) {
			throw CaseworkRefused.tooLong(field, most);
		}
		return text.strip();
	}

	static String required(@Nullable String text, String field, int most) {
		String value = optional(text, field, most);
		if (value == null) {
			throw CaseworkRefused.reasonMissing();
		}
		return value;
	}

}
