package org.zhengtong.interaction.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.interaction.LetterContacts;

/** {@link LetterContacts} from the letter itself. */
@Component
class LetterContactRecords implements LetterContacts {

	private final Letters letters;

	LetterContactRecords(Letters letters) {
		this.letters = letters;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LetterWriter> writerOf(UUID requestId) {
		return letters.findById(requestId)
			.map((letter) -> new LetterWriter(letter.id(), letter.number(), letter.title(), letter.writerAccountId(),
					letter.writerName(), letter.writerPhone(), letter.writerEmail(), letter.unitId(),
					letter.replyUnitId(), letter.handlerUsername()));
	}

}
