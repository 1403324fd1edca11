package org.zhengtong.permit.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.FieldType;

/**
 * A field of an item's application form.
 *
 * @param key what the case stores the value under ({@code [a-z][a-z0-9_]*}, up to 40)
 * @param label the question in Chinese (up to 100 characters)
 * @param labelEn the question in English, if translated
 * @param type how it is answered and checked
 * @param required whether it must be answered
 * @param options CHOICE: the choices, TABLE: the columns, one per line
 * @param maxValue TEXT: the longest answer; NUMBER: the largest value; {@code null}: the
 * type's own limit
 * @param help a hint shown under the field (up to 300 characters)
 */
@Embeddable
public record GuideField(@Column(name = "field_key") String key, String label,
		@Column(name = "label_en") @Nullable String labelEn,
		@Column(name = "field_type") @Enumerated(EnumType.STRING) FieldType type, boolean required, String options,
		@Column(name = "max_value") @Nullable Long maxValue, String help) {

	public GuideField {
		if (!key.matches("[a-z][a-z0-9_]{0,39}") || label.isBlank() || label.length() > 100
				|| (labelEn != null && labelEn.length() > 100) || options.length() > 2000 || help.length() > 300) {
			throw new IllegalArgumentException("Not a form field: " + key);
		}
		if ((type == FieldType.CHOICE || type == FieldType.TABLE) && choices(options).isEmpty()) {
			throw new IllegalArgumentException("A " + type + " field needs its options: " + key);
		}
	}

	/** The choices (CHOICE) or columns (TABLE), in order. */
	public List<String> choices() {
		return choices(options);
	}

	private static List<String> choices(String options) {
		return Arrays.stream(options.split("\n")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
