package org.zhengtong.audit.internal;

import org.jspecify.annotations.Nullable;

/**
 * The longest value each field of an entry keeps, in characters; the same limits are
 * {@code CHECK} constraints on {@code audit_entry} (migration V50). A longer value (a
 * 3,000-character user name typed into the login form, a long URL) is cut and ends with
 * {@link #MARK}, so recording never fails on length and the entry still says it was cut.
 * The indexed fields stay far below PostgreSQL's limit of about 2,700 bytes for a B-tree
 * entry (four bytes a character at most).
 */
enum AuditLimits {

	ACTOR(200), POST(200), UNIT_ID(64), ADDRESS(100), ACTION(100), OBJECT_TYPE(100), OBJECT_ID(400), SUMMARY(2000),
	/** {@code object_label} (V88), kept outside the hash. */
	OBJECT_LABEL(200),
	/** {@code before_state} and {@code after_state}. */
	STATE(8000);

	/** Ends a value that was cut. */
	static final String MARK = "…";

	private final int max;

	AuditLimits(int max) {
		this.max = max;
	}

	int max() {
		return this.max;
	}

	/**
	 * The value as it is stored: NUL characters (PostgreSQL text cannot hold them)
	 * replaced, and at most {@link #max()} characters, a cut one ending with
	 * {@link #MARK}.
	 */
	@Nullable String bound(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String clean = value.replace('\0', '\uFFFD');
		if (clean.length() <= this.max) {
			return clean;
		}
		int end = this.max - MARK.length();
		// Never half a surrogate pair.
		if (Character.isHighSurrogate(clean.charAt(end - 1))) {
			end--;
		}
		return clean.substring(0, end) + MARK;
	}

}
