package org.zhengtong.interaction;

/**
 * What is rated: one service someone received, named by the module that owns it
 * ({@code interaction.request} and a letter's id; later a permit case). Rated once.
 *
 * @param type the owner's record type, at most 60 characters
 * @param id the record's id, at most 100 characters
 */
public record RatedSubject(String type, String id) {

	public RatedSubject {
		if (type.isBlank() || type.length() > 60 || id.isBlank() || id.length() > 100) {
			throw new IllegalArgumentException("A rated subject has a type (≤ 60) and an id (≤ 100)");
		}
	}

}
