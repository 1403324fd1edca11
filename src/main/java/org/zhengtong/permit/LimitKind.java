package org.zhengtong.permit;

/**
 * Which article of 行政许可法 sets an item's legal time limit, and so the extension the head
 * of the department may approve once (art. 82: working days).
 */
public enum LimitKind {

	/** Art. 42: 20 working days, one extension of 10. */
	SINGLE(20, 10),

	/** Art. 42 (统一办理、联合办理、集中办理): 45 working days, one extension of 15. */
	JOINT(45, 15),

	/** Art. 43: a lower authority's first review, 20 working days, no extension. */
	LOWER_REVIEW(20, 0);

	private final int defaultDays;

	private final int extensionDays;

	LimitKind(int defaultDays, int extensionDays) {
		this.defaultDays = defaultDays;
		this.extensionDays = extensionDays;
	}

	/** The limit the article sets where no other law sets one. */
	public int defaultDays() {
		return defaultDays;
	}

	/** The most the one extension may add (0: none). */
	public int extensionDays() {
		return extensionDays;
	}

}
