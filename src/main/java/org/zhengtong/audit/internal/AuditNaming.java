package org.zhengtong.audit.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditNames;

/** Asks every module that names people and objects ({@link AuditNames}). */
@Component
class AuditNaming {

	private static final Logger log = LoggerFactory.getLogger(AuditNaming.class);

	/** The most accounts a search by a person's name stands for. */
	static final int MOST_NAMED = 500;

	private final ObjectProvider<AuditNames> names;

	AuditNaming(ObjectProvider<AuditNames> names) {
		this.names = names;
	}

	/**
	 * The object's name, or {@code null}. A failing lookup leaves the entry without a
	 * label: recording must never fail for a name.
	 */
	@Nullable String objectLabel(@Nullable String type, @Nullable String id) {
		if (type == null || id == null || id.isBlank()) {
			return null;
		}
		try {
			for (AuditNames each : names) {
				String label = each.objectLabel(type, id);
				if (label != null && !label.isBlank()) {
					return label.strip();
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("No label for audit object {} {}: {}", type, id, ex.toString());
		}
		return null;
	}

	/** The accounts whose person's name or account name contains the text. */
	List<String> usernamesNamed(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Set<String> found = new LinkedHashSet<>();
		for (AuditNames each : names) {
			found.addAll(each.usernamesNamed(text.strip()));
		}
		return found.stream().limit(MOST_NAMED).toList();
	}

	Map<String, String> personNames(Collection<String> usernames) {
		Map<String, String> found = new TreeMap<>();
		if (usernames.isEmpty()) {
			return found;
		}
		for (AuditNames each : names) {
			each.personNames(usernames).forEach(found::putIfAbsent);
		}
		return found;
	}

}
