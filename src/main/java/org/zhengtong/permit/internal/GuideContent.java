package org.zhengtong.permit.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.LimitKind;

/**
 * What a service guide version says (see {@link Guide} for each part). Checked here so a
 * draft never holds what could not be published: a 承诺时限 above the 法定时限, a 并联 guide
 * without another department, two fields under one key.
 */
public record GuideContent(String name, @Nullable String nameEn, String synonyms, String basis, String conditions,
		String process, LimitKind limitKind, int legalDays, int promisedDays, @Nullable String fee,
		@Nullable String feeBasis, String windowAddress, String windowPhone, String windowHours, boolean online,
		boolean joint, @Nullable String licenceType, List<GuideMaterial> materials, List<GuideField> fields,
		Set<UUID> jointDepartments) {

	public GuideContent {
		materials = List.copyOf(materials);
		fields = List.copyOf(fields);
		jointDepartments = Set.copyOf(jointDepartments);
		if (name.isBlank() || name.length() > 200 || (nameEn != null && nameEn.length() > 200)
				|| synonyms.length() > 1000) {
			throw new IllegalArgumentException("Not an item name: " + name);
		}
		if (legalDays < 1 || legalDays > 365 || promisedDays < 1 || promisedDays > legalDays) {
			throw new IllegalArgumentException("承诺时限 " + promisedDays + " above 法定时限 " + legalDays);
		}
		if (joint == jointDepartments.isEmpty()) {
			throw new IllegalArgumentException("A 并联 guide names the other departments, and only it");
		}
		Set<String> keys = new HashSet<>();
		for (GuideField field : fields) {
			if (!keys.add(field.key())) {
				throw new IllegalArgumentException("Two fields under " + field.key());
			}
		}
	}

}
