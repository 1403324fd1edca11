package org.zhengtong.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit chain: every break found, not only the first.
 *
 * @param entries how many entries were checked
 * @param checkpoints how many signed checkpoints were found to hold
 * @param breaks every problem found, in the order of the entries concerned; empty when
 * intact
 * @param notes what the auditor should know but is no break (an outside copy that cannot
 * be read, ids skipped before entry ids were made gap-free)
 */
public record ChainVerification(long entries, long checkpoints, List<Break> breaks, List<String> notes) {

	public ChainVerification {
		breaks = List.copyOf(breaks);
		notes = List.copyOf(notes);
	}

	/** An intact chain, for tests and stand-ins. */
	public static ChainVerification intact(long entries, long checkpoints) {
		return new ChainVerification(entries, checkpoints, List.of(), List.of());
	}

	public boolean intact() {
		return breaks.isEmpty();
	}

	/** The first entry concerned by a break, or {@code null} when intact. */
	public @Nullable Long firstBroken() {
		return breaks.isEmpty() ? null : breaks.get(0).from();
	}

	/** Why the first break is one, or {@code null} when intact. */
	public @Nullable String reason() {
		return breaks.isEmpty() ? null : breaks.get(0).reason();
	}

	/** What kind of break. */
	public enum Kind {

		/** Entries whose content no longer matches their hash: edited. */
		CHANGED,
		/**
		 * Entries whose link to the entry before does not match: one before was removed,
		 * inserted or rewritten.
		 */
		LINK,
		/** Ids missing between two entries: entries were removed from the middle. */
		GAP,
		/** Entries a checkpoint or its outside copy names are gone from the end. */
		CUT,
		/**
		 * A checkpoint that does not hold: not signed by the platform, not chained to the
		 * one before, its entry rewritten, or missing from the database.
		 */
		CHECKPOINT,
		/**
		 * The newest checkpoint is older than its interval allows: entries after it could
		 * have been cut unnoticed.
		 */
		STALE

	}

	/**
	 * One break.
	 *
	 * @param from the first entry id concerned
	 * @param to the last entry id concerned (equal to {@code from} for one entry)
	 * @param reason in words, for the command's output and the audit entry
	 */
	public record Break(Kind kind, long from, long to, String reason) implements java.io.Serializable {
	}

}
