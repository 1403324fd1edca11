package org.zhengtong.casework.internal;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the deadline clocks.
 *
 * @param warnShare the share of a period after which a clock shows yellow (临期), unless
 * the clock has its own
 * @param sweepInterval how often running clocks are looked at for warnings to publish
 */
@ConfigurationProperties("zhengtong.casework")
record DeadlineProperties(@DefaultValue("0.8") BigDecimal warnShare, @DefaultValue("PT1M") Duration sweepInterval) {

	DeadlineProperties {
		if (warnShare.signum() <= 0 || warnShare.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("zhengtong.casework.warn-share must be above 0 and at most 1");
		}
	}

}
