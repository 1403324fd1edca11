package org.zhengtong.interaction;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How to reach the writer of a letter, for the module that tells them what became of it
 * (notification). Nothing here is shown on a page.
 */
public interface LetterContacts {

	/** The letter's writer and the unit that answered it, if the letter exists. */
	Optional<LetterWriter> writerOf(UUID requestId);

	/**
	 * A letter's writer: an account, or the contact details an anonymous writer gave
	 * (either may be missing; then they follow the letter by its 查询码 alone).
	 *
	 * @param replyUnitId the unit whose reply was sent, once one was
	 * @param unitId the unit that holds the letter now, if any
	 */
	record LetterWriter(UUID requestId, String number, String title, @Nullable UUID accountId, @Nullable String name,
			@Nullable String phone, @Nullable String email, @Nullable UUID unitId, @Nullable UUID replyUnitId,
			@Nullable String handler) {
	}

}
