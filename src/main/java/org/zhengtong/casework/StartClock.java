package org.zhengtong.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A limit to count: {@code amount} of {@code measure} from {@code startedAt}.
 *
 * @param module the module that starts it ("content", "pki")
 * @param subject what it times, as people read it ("证书申请 42 审核")
 * @param warnShare the share of the period after which it shows yellow; {@code null} for
 * the configured default (0.8)
 */
public record StartClock(String module, String subject, Measure measure, int amount, Instant startedAt,
		@Nullable Double warnShare) {
}
