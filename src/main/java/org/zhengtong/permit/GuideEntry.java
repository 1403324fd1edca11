package org.zhengtong.permit;

import java.time.Instant;

/**
 * A service guide in force as the public reads it, for copies such as the search index.
 *
 * @param synonyms other names people search for (one per line)
 * @param departmentName the lead department's name
 * @param effectiveFrom when the version came into force
 */
public record GuideEntry(long itemId, String code, String name, String synonyms, String conditions, String basis,
		String departmentName, Instant effectiveFrom) {

	/** Where the public reads it on the Chinese site. */
	public String path() {
		return "/services/items/" + code;
	}

}
