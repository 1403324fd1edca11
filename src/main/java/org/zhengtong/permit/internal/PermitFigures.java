package org.zhengtong.permit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 电子监察's figures of a department, an item of it, or one month of an item (what each
 * counts: V123 and the page's definitions). Sub-cases count for their own department in
 * every figure but the two of receipt, which count applications.
 *
 * @param department {@code null} in a total
 * @param item {@code null} above the item
 * @param month {@code null} above the month
 * @param decidedDays working days from acceptance to decision, summed over the decided
 * cases
 */
public record PermitFigures(@Nullable UUID department, @Nullable Long item, @Nullable YearMonth month, long received,
		long receivedOnline, long accepted, long decided, long decidedOnTime, long decidedDays, long overdue) {

	public static PermitFigures zero(@Nullable UUID department, @Nullable Long item) {
		return new PermitFigures(department, item, null, 0, 0, 0, 0, 0, 0, 0);
	}

	/** These figures and another's added up, under these keys. */
	public PermitFigures plus(PermitFigures other) {
		return new PermitFigures(department, item, month, received + other.received,
				receivedOnline + other.receivedOnline, accepted + other.accepted, decided + other.decided,
				decidedOnTime + other.decidedOnTime, decidedDays + other.decidedDays, overdue + other.overdue);
	}

	/**
	 * 网上受理率: received online ÷ received, in percent (one decimal); null without cases.
	 */
	public @Nullable BigDecimal onlineRate() {
		return percent(receivedOnline, received);
	}

	/** 按时办结率: decided on time ÷ decided, in percent; null before any decision. */
	public @Nullable BigDecimal onTimeRate() {
		return percent(decidedOnTime, decided);
	}

	/** Average working days from acceptance to decision (one decimal). */
	public @Nullable BigDecimal averageDays() {
		return decided == 0 ? null
				: BigDecimal.valueOf(decidedDays).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
	}

	static @Nullable BigDecimal percent(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
