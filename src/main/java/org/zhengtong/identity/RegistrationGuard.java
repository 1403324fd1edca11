package org.zhengtong.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What stands before public registration (issue 15, "oracles"): an accessible question
 * instead of an image captcha (a sum in words, read aloud by screen readers, answered in
 * digits), and a limit of registrations per client address and hour
 * ({@code zhengtong.registration.per-address-per-hour}).
 */
public interface RegistrationGuard {

	/** A sum to answer: {@code first + second}. */
	record Question(UUID id, int first, int second) {
	}

	/** A new question, answerable once within 30 minutes. */
	Question question();

	/**
	 * Whether {@code answer} answers the question; the question is spent either way.
	 */
	boolean answered(@Nullable UUID question, String answer);

	/**
	 * Counts a registration from {@code address}; {@code false} when the address has
	 * reached its hourly limit (then nothing is looked up or created).
	 */
	boolean admit(@Nullable String address);

}
