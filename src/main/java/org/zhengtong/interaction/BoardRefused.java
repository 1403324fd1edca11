package org.zhengtong.interaction;

import org.jspecify.annotations.Nullable;
import org.zhengtong.shared.Refusal;

/** A change to the public board the rules refuse; nothing was changed. */
public class BoardRefused extends Refusal {

	private BoardRefused(String key, String message, Object... arguments) {
		super(key, message, arguments);
	}

	/** Someone changed the entry after the editor opened it. */
	public static BoardRefused changedMeanwhile(@Nullable String by) {
		return new BoardRefused("interaction.board.refused.changed", "Changed meanwhile by " + by,
				by == null ? "" : by);
	}

	public static BoardRefused alreadyHidden() {
		return new BoardRefused("interaction.board.refused.hidden", "The entry is hidden already");
	}

	public static BoardRefused notHidden() {
		return new BoardRefused("interaction.board.refused.notHidden", "The entry is shown already");
	}

}
