package org.zhengtong.permit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.LicenceType;

/**
 * What the 发证 page fills the licence's fields with: for each field of each template (the
 * item's own first, so its mapping wins where templates share a key), the answer of the
 * form field meaning the same — its own key in camelCase or snake_case, then the keys the
 * template names ({@link LicenceType.Field#answers}); a citizen is their own 负责人. The
 * keeper edits the rest.
 */
final class LicencePrefill {

	private LicencePrefill() {
	}

	static Map<String, String> fields(@Nullable LicenceType type, Map<String, String> answers, ApplicantKind kind,
			String applicantName) {
		List<LicenceType> types = new ArrayList<>(List.of(LicenceType.values()));
		if (type != null) {
			types.remove(type);
			types.add(0, type);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (LicenceType one : types) {
			for (LicenceType.Field field : one.template()) {
				if (fields.getOrDefault(field.key(), "").isEmpty()) {
					fields.put(field.key(), answer(field, answers, kind, applicantName));
				}
			}
		}
		return fields;
	}

	private static String answer(LicenceType.Field field, Map<String, String> answers, ApplicantKind kind,
			String applicantName) {
		String snake = field.key().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
		List<String> candidates = new ArrayList<>(List.of(field.key(), snake));
		candidates.addAll(field.answers());
		for (String candidate : candidates) {
			String value = answers.get(candidate);
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		if ("legalRepresentative".equals(field.key()) && kind == ApplicantKind.CITIZEN) {
			return applicantName;
		}
		return "";
	}

}
