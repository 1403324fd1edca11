package org.zhengtong.interaction;

import java.util.Arrays;
import java.util.Optional;

/**
 * 好差评 levels (国办发〔2019〕51号): 非常满意, 满意, 基本满意, 不满意, 非常不满意. The last two are a 差评, which
 * opens a rectification (整改) due in 15 working days.
 */
public enum RatingLevel {

	/** 非常满意. */
	VERY_SATISFIED(5),
	/** 满意. */
	SATISFIED(4),
	/** 基本满意. */
	BASICALLY_SATISFIED(3),
	/** 不满意. */
	DISSATISFIED(2),
	/** 非常不满意. */
	VERY_DISSATISFIED(1);

	private final int score;

	RatingLevel(int score) {
		this.score = score;
	}

	/** 5 for 非常满意 … 1 for 非常不满意, as stored and as {@link RequestRated} carries it. */
	public int score() {
		return score;
	}

	/** Whether it is a 差评 (不满意 or 非常不满意). */
	public boolean bad() {
		return score <= 2;
	}

	/** The level of a stored score. */
	public static RatingLevel of(int score) {
		return Arrays.stream(values())
			.filter((level) -> level.score == score)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No rating level " + score));
	}

	/** The level a form sent by name, if it is one. */
	public static Optional<RatingLevel> parse(String name) {
		return Arrays.stream(values()).filter((level) -> level.name().equals(name)).findFirst();
	}

}
