package org.zhengtong.interaction;

/**
 * A service as the public 评议 page groups ratings: a stable code and its names.
 *
 * @param code such as {@code interaction.letter.MAILBOX}, at most 60 characters
 * @param name the Chinese name (领导信箱), at most 100 characters
 * @param englishName the English site's name, at most 100 characters
 */
public record RatedService(String code, String name, String englishName) {

	public RatedService {
		if (code.isBlank() || code.length() > 60 || name.isBlank() || name.length() > 100 || englishName.isBlank()
				|| englishName.length() > 100) {
			throw new IllegalArgumentException("A rated service has a code (≤ 60) and two names (≤ 100)");
		}
	}

}
