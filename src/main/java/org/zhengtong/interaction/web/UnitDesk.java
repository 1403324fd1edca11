package org.zhengtong.interaction.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.interaction.internal.Letter;
import org.zhengtong.interaction.internal.LetterHandling;
import org.zhengtong.interaction.internal.ReplyTemplate;

/**
 * What the unit's actions fragment ({@code interaction/letter-actions-unit}) shows on a
 * letter's page for the reader: {@code ${@unitDesk.of(letter, #authentication.name)}}.
 */
@Component("unitDesk")
public class UnitDesk {

	private final LetterHandling handling;

	UnitDesk(LetterHandling handling) {
		this.handling = handling;
	}

	/**
	 * The reader's actions on the letter, the unit's templates, the last return's
	 * opinion.
	 */
	public Actions of(Letter letter, String username) {
		LetterHandling.Allowed allowed = handling.allowed(letter, username);
		return new Actions(allowed.take(), allowed.draft(), allowed.decide(),
				allowed.draft() ? handling.templatesFor(letter) : List.of(),
				allowed.draft() || allowed.decide() ? handling.lastReturn(letter).orElse(null) : null);
	}

	/** The buttons and forms shown. */
	public record Actions(boolean take, boolean draft, boolean decide, List<ReplyTemplate> templates,
			@Nullable String lastReturn) {

		public boolean any() {
			return take || draft || decide;
		}

	}

}
