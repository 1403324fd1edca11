package org.zhengtong.interaction.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The anti-abuse rules of what the public writes ({@code zhengtong.interaction.guard}).
 * Defaults, documented in docs/admin-guide.md: a letter 5 per address and 5 per account
 * an hour; a 查询码 look-up 20 per address and per account in 10 minutes (a code has 31⁸
 * values); an interview question 10 and a survey answer 30 per address an hour, 10 per
 * account; a disclosure request (依申请公开) 10 per address and per account an hour. A kind
 * not listed gets the {@code letter} limits.
 *
 * @param limits per kind of attempt ({@code letter}, {@code lookup}, {@code question},
 * {@code answer}, {@code disclosure})
 * @param captchaValidity how long a captcha challenge may be answered after it was shown
 * @param sensitiveWords words that hold a text for moderation, besides those editors keep
 * in the workbench
 * @param linkHosts hosts whose links do not hold a text (the portal's own); any other
 * link does
 * @param captchaKinds the kinds an anonymous visitor answers a captcha for (default
 * {@code letter}, {@code question}, {@code disclosure} and {@code answer}); signed-in
 * visitors never do
 * @param exemptAddresses addresses not limited per address (a service hall's shared
 * terminals, a test machine); the accounts using them still are
 */
@ConfigurationProperties("zhengtong.interaction.guard")
public record GuardProperties(Map<String, Limit> limits, Duration captchaValidity, List<String> sensitiveWords,
		List<String> linkHosts, List<String> captchaKinds, List<String> exemptAddresses) {

	/** The kind whose limits apply to kinds not configured. */
	static final String DEFAULT_KIND = "letter";

	/**
	 * One kind's limits: at most {@code perAddress} attempts from one address (IPv6 by
	 * its /64) and {@code perAccount} from one account in each {@code window}. A setting
	 * left out of the configuration (0, or no window) keeps the kind's default, so
	 * raising one number does not reset the others.
	 */
	public record Limit(@DefaultValue("0") int perAddress, @DefaultValue("0") int perAccount,
			@Nullable Duration window) {

		public Limit {
			if (perAddress < 0 || perAccount < 0 || window != null && (window.isNegative() || window.isZero())) {
				throw new IllegalArgumentException("A limit allows at least one attempt in a window of some length");
			}
		}

		/** This limit with what it leaves out taken from {@code defaults}. */
		Limit over(Limit defaults) {
			return new Limit(perAddress > 0 ? perAddress : defaults.perAddress,
					perAccount > 0 ? perAccount : defaults.perAccount, window != null ? window : defaults.window);
		}

		/** The window (every limit in use has one). */
		Duration length() {
			return window != null ? window : Duration.ofHours(1);
		}

	}

	public GuardProperties {
		Map<String, Limit> all = new LinkedHashMap<>();
		all.put("letter", new Limit(5, 5, Duration.ofHours(1)));
		all.put("lookup", new Limit(20, 20, Duration.ofMinutes(10)));
		all.put("question", new Limit(10, 10, Duration.ofHours(1)));
		all.put("answer", new Limit(30, 10, Duration.ofHours(1)));
		all.put("disclosure", new Limit(10, 10, Duration.ofHours(1)));
		if (limits != null) {
			limits.forEach((kind, limit) -> all.put(kind, limit.over(all.getOrDefault(kind, all.get(DEFAULT_KIND)))));
		}
		limits = Map.copyOf(all);
		captchaValidity = captchaValidity == null ? Duration.ofMinutes(20) : captchaValidity;
		sensitiveWords = sensitiveWords == null ? List.of() : List.copyOf(sensitiveWords);
		linkHosts = linkHosts == null ? List.of() : List.copyOf(linkHosts);
		exemptAddresses = exemptAddresses == null ? List.of() : List.copyOf(exemptAddresses);
		captchaKinds = captchaKinds == null ? List.of("letter", "question", "disclosure", "answer")
				: List.copyOf(captchaKinds);
	}

	/** The limits of a kind of attempt. */
	Limit of(String kind) {
		Limit limit = limits.get(kind);
		return limit != null ? limit : limits.get(DEFAULT_KIND);
	}

}
