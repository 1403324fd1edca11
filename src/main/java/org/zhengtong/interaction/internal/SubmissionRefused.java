package org.zhengtong.interaction.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.zhengtong.shared.Refusal;

/**
 * An attempt the anti-abuse rules refuse before anything is stored. Over a rate limit it
 * carries when to retry, and the page answers 429 saying so; a wrong captcha is shown on
 * the form.
 */
public class SubmissionRefused extends Refusal {

	private final @Nullable Instant retryAt;

	private SubmissionRefused(String key, String message, @Nullable Instant retryAt, Object... arguments) {
		super(key, message, arguments);
		this.retryAt = retryAt;
	}

	/**
	 * Too many attempts from this account or address; {@code retryAt} is when one is
	 * allowed again.
	 */
	public static SubmissionRefused tooMany(Instant retryAt) {
		return new SubmissionRefused("interaction.refused.tooMany", "Too many attempts; retry at " + retryAt, retryAt);
	}

	/** The captcha was missing, expired, used before or answered wrongly. */
	public static SubmissionRefused captcha() {
		return new SubmissionRefused("interaction.refused.captcha", "The captcha was not answered correctly", null);
	}

	/** When another attempt is allowed, for a refusal over a rate limit. */
	public @Nullable Instant retryAt() {
		return retryAt;
	}

}
