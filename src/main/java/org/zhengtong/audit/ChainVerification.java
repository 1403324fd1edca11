package org.zhengtong.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit chain.
 *
 * @param entries how many entries were checked
 * @param firstBroken the first entry whose hash or link does not hold, or {@code null}
 * when intact
 * @param reason why that entry is broken
 * @param checkpoints how many signed checkpoints were found to hold
 */
public record ChainVerification(long entries, @Nullable Long firstBroken, @Nullable String reason, long checkpoints) {

	public boolean intact() {
		return firstBroken == null;
	}

}
