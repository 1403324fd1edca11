package org.zhengtong.interaction;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 评议 figures of a unit or a service: ratings by level, 差评 and how many of them were
 * rectified. 满意率 is the share of 非常满意, 满意 and 基本满意 among all ratings.
 *
 * @param key the unit's id or the service's code
 * @param name the unit's or service's name in the page's language
 */
public record Satisfaction(String key, String name, long verySatisfied, long satisfied, long basicallySatisfied,
		long dissatisfied, long veryDissatisfied, long rectified) {

	public long total() {
		return verySatisfied + satisfied + basicallySatisfied + dissatisfied + veryDissatisfied;
	}

	/** 差评: 不满意 and 非常不满意. */
	public long bad() {
		return dissatisfied + veryDissatisfied;
	}

	/** 满意率 in per cent with one decimal, 0 without ratings. */
	public BigDecimal satisfiedPercent() {
		if (total() == 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf((verySatisfied + satisfied + basicallySatisfied) * 1000L)
			.divide(BigDecimal.valueOf(total()), 0, RoundingMode.HALF_UP)
			.movePointLeft(1);
	}

	/** The same figures under another name (the page's language). */
	public Satisfaction named(String other) {
		return new Satisfaction(key, other, verySatisfied, satisfied, basicallySatisfied, dissatisfied,
				veryDissatisfied, rectified);
	}

}
