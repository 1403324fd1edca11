package org.zhengtong.shared;

import java.util.List;

/**
 * Something a user asked for that the rules refuse, with nothing changed. The message key
 * and arguments give the reason in the user's language; the exception's own message is
 * the English text for logs. Modules extend it with static factories
 * ({@code FileRefused.tooLarge(…)}).
 */
public abstract class Refusal extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	protected Refusal(String messageKey, String message, Object... arguments) {
		super(message);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}

}
