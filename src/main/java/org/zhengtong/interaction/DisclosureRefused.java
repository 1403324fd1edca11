package org.zhengtong.interaction;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengtong.shared.Refusal;

/**
 * A step on a disclosure request (依申请公开) the rules refuse; nothing was changed. Message
 * keys live in {@code messages/interaction*.properties}.
 */
public class DisclosureRefused extends Refusal {

	private DisclosureRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	/** A refusal said by its message key and arguments. */
	public static DisclosureRefused of(String messageKey, Object... arguments) {
		return new DisclosureRefused(messageKey, messageKey, arguments);
	}

	/** Not possible from where the request stands now (the page was old). */
	public static DisclosureRefused wrongState(Enum<?> state) {
		return new DisclosureRefused("interaction.disclosure.refused.wrongState", "Not possible while " + state,
				new DefaultMessageSourceResolvable("interaction.disclosure.state." + state.name()));
	}

	/** No such request, or not one the reader may see (shown as 404). */
	public static DisclosureRefused notFound() {
		return new DisclosureRefused("interaction.disclosure.refused.notFound", "No such request");
	}

}
