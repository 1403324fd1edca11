package org.zhengtong.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * SPI: the names behind the codes of an audit entry, so that the auditor reads and
 * searches people and objects by name. Modules that own people or objects implement it
 * (the audit module depends on none); each answers only for what it knows and leaves the
 * rest to the others.
 */
public interface AuditNames {

	/**
	 * The name of an object as it is now (a person's name, an article's title, a unit's
	 * name), or {@code null} when this module does not know the type or the object. Asked
	 * when an entry is recorded; the label is kept beside the entry, outside its hash.
	 */
	default @Nullable String objectLabel(String type, String id) {
		return null;
	}

	/** The names of the people with these account names, as far as this module knows. */
	default Map<String, String> personNames(Collection<String> usernames) {
		return Map.of();
	}

	/**
	 * The account names of the people whose name or account name contains {@code text}
	 * (at most a few hundred).
	 */
	default List<String> usernamesNamed(String text) {
		return List.of();
	}

}
