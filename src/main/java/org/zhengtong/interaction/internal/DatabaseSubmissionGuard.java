package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.platform.PlatformProperties;

/**
 * The submission guard: rate limits counted in the database per address and per account
 * ({@link RateLimits}), the captcha of anonymous writers ({@link Captchas}), then the
 * sensitive words and links that hold a text for moderation.
 *
 * <p>
 * Refusals are audited without flooding the log: going over a limit is recorded once per
 * subject and window (on the first attempt over it, which the database's count makes
 * exact across instances); the attempts after it are refused from memory, unrecorded. A
 * wrong captcha is recorded each time, which the rate limit bounds. Call it before
 * opening the transaction that stores the text: its counts and spent captchas are
 * committed apart, so a refusal that rolls the caller back does not undo them.
 */
@Component
class DatabaseSubmissionGuard implements SubmissionGuard {

	private static final Map<String, String> KIND_NAMES = Map.of("letter", "来信", "lookup", "查询码查询", "question", "访谈提问",
			"answer", "调查答卷", "disclosure", "政府信息公开申请");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final RateLimits limits;

	private final Captchas captchas;

	private final SensitiveWords words;

	private final GuardProperties properties;

	private final AuditManagement audit;

	private final Clock clock;

	private final List<String> linkHosts;

	private final Set<String> exempt;

	DatabaseSubmissionGuard(RateLimits limits, Captchas captchas, SensitiveWords words, GuardProperties properties,
			AuditManagement audit, Clock clock, PlatformProperties platform) {
		this.limits = limits;
		this.captchas = captchas;
		this.words = words;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
		List<String> hosts = new ArrayList<>(properties.linkHosts());
		String own = platform.publicBaseUrl().getHost();
		if (own != null) {
			hosts.add(own);
		}
		this.linkHosts = List.copyOf(hosts);
		this.exempt = properties.exemptAddresses()
			.stream()
			.map(RateLimits::source)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	@Override
	public @Nullable String check(Attempt attempt) {
		GuardProperties.Limit limit = properties.of(attempt.kind());
		String source = RateLimits.source(attempt.address());
		if (!exempt.contains(source)) {
			within(attempt, "address", source, limit.perAddress(), limit);
		}
		if (attempt.account() != null) {
			within(attempt, "account", attempt.account(), limit.perAccount(), limit);
		}
		if (attempt.account() == null && properties.captchaKinds().contains(attempt.kind())
				|| attempt.captcha() != null) {
			SubmissionGuard.CaptchaAnswer captcha = attempt.captcha();
			if (captcha == null || !captchas.spend(captcha.token(), captcha.answer())) {
				audit.recordApart(AuditableEvent
					.succeeded(clock.instant(), actor(attempt), "interaction.guard.captcha-refused", "address",
							RateLimits.source(attempt.address()),
							"验证码未通过（" + kindName(attempt.kind()) + "），来自 " + attempt.address())
					.withOutcome(Outcome.DENIED)
					.withAddress(attempt.address()));
				throw SubmissionRefused.captcha();
			}
		}
		return holdReason(attempt.texts());
	}

	/** Why these texts wait for a moderator, or {@code null}. */
	@Nullable String holdReason(List<String> texts) {
		List<String> reasons = new ArrayList<>();
		Set<String> found = words.foundIn(texts);
		if (!found.isEmpty()) {
			reasons.add("含敏感词：" + String.join("、", found));
		}
		Set<String> hosts = Links.foreignHosts(texts, linkHosts);
		if (!hosts.isEmpty()) {
			reasons.add("含外部链接：" + String.join("、", hosts));
		}
		if (reasons.isEmpty()) {
			return null;
		}
		String reason = String.join("；", reasons);
		return reason.length() > 300 ? reason.substring(0, 299) + "…" : reason;
	}

	private void within(Attempt attempt, String subjectType, String subject, int max, GuardProperties.Limit limit) {
		String key = subjectType + ":" + subject;
		Instant known = limits.knownRefused(attempt.kind(), key);
		if (known != null) {
			throw SubmissionRefused.tooMany(known);
		}
		RateLimits.Count count = limits.count(attempt.kind(), key, limit.length());
		if (count.attempt() <= max) {
			return;
		}
		limits.refuse(attempt.kind(), key, count.windowEnd());
		if (count.attempt() == max + 1) {
			audit.recordApart(AuditableEvent
				.succeeded(clock.instant(), actor(attempt), "interaction.guard.throttled", subjectType, subject,
						("account".equals(subjectType) ? "账户 " : "来自 ") + subject + " 的" + kindName(attempt.kind())
								+ "在 " + limit.length().toMinutes() + " 分钟内超过 " + max + " 次，"
								+ TIME.format(count.windowEnd().atZone(zone())) + " 前不再受理")
				.withOutcome(Outcome.DENIED)
				.withAddress(attempt.address()));
		}
		throw SubmissionRefused.tooMany(count.windowEnd());
	}

	private ZoneId zone() {
		return clock.getZone();
	}

	private static String actor(Attempt attempt) {
		return attempt.account() != null ? attempt.account() : "anonymous";
	}

	private static String kindName(String kind) {
		return KIND_NAMES.getOrDefault(kind, kind);
	}

	/** Deletes ended rate windows and the spent captchas of expired challenges. */
	@Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
	@SchedulerLock(name = "interaction.guard-cleanup", lockAtMostFor = "PT10M")
	void cleanUp() {
		limits.deleteEnded();
		captchas.deleteExpired();
	}

}
