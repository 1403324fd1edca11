package org.zhengtong.interaction.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Anti-abuse for everything the public writes or looks up here (letters, 查询码 look-ups,
 * interview questions, survey answers): rate limits per account and per address, the
 * captcha of anonymous writers, and sensitive-word and link checks. Called before
 * anything is stored.
 */
public interface SubmissionGuard {

	/**
	 * Checks an attempt, counting it against its limits.
	 * @return why the text must wait for a moderator (a sensitive word, a link), or
	 * {@code null} when it may go on; such a text is held, never dropped
	 * @throws SubmissionRefused over a rate limit (with the time to retry), or for a
	 * missing or wrong captcha answer
	 */
	@Nullable String check(Attempt attempt);

	/**
	 * One thing someone tries to do.
	 *
	 * @param kind what it is: {@code letter}, {@code lookup}, {@code question},
	 * {@code answer} (each has its own limits)
	 * @param account the signed-in account's name, or {@code null} for an anonymous one
	 * @param address the client's address (as the trusted-proxy filter established it)
	 * @param captcha the captcha the form carried; {@code null} where none is asked
	 * (signed-in writers, look-ups)
	 * @param texts what was written, to check for sensitive words and links
	 */
	record Attempt(String kind, @Nullable String account, String address, @Nullable CaptchaAnswer captcha,
			List<String> texts) {

		public Attempt {
			texts = List.copyOf(texts);
		}

	}

	/**
	 * What a form sends back for its captcha: the challenge's token and the answer typed
	 * (to the picture or to its text alternative).
	 */
	record CaptchaAnswer(@Nullable String token, @Nullable String answer) {
	}

}
