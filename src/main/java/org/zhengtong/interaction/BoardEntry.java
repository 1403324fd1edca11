package org.zhengtong.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A letter and its reply on the public board (回复公开), as the public reads them: the
 * moderated text with ID and phone numbers masked, the day it was received and answered,
 * and the answering unit under the name it had on the day of the answer.
 */
public record BoardEntry(UUID letterId, String number, Door door, String title, String body, String reply, UUID unitId,
		String unitName, LocalDate receivedOn, LocalDate answeredOn, Instant publishedAt) {

	/** Where the public reads it on the Chinese site. */
	public String path() {
		return "/interaction/board/" + number;
	}

}
