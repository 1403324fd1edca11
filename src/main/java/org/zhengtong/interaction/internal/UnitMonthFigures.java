package org.zhengtong.interaction.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One unit's letters of one month (the month each reached the unit), as the statistics
 * page defines them. A unit that objected (异议), or from which the office moved (改派) or
 * merged the letter, counts it as received and not charged; everything else is charged to
 * it.
 *
 * @param unit the unit, or {@code null} in a total row
 * @param month the month, or {@code null} in a total row
 * @param received letters routed to the unit in the month (each routing once)
 * @param notCharged of those, objected, moved or merged: not charged
 * @param answered answered by the unit (its reply sent)
 * @param onTime answered no later than the reply clock's due time
 * @param late answered after it
 * @param open still with the unit
 * @param openOverdue still with the unit and past due now
 * @param rated ratings of the unit's answers (非常满意 … 非常不满意)
 * @param satisfied of those, 非常满意, 满意 or 基本满意
 * @param bad of those, 差评 (不满意, 非常不满意)
 * @param rectified 差评 whose rectification was closed by a recorded 回访
 */
public record UnitMonthFigures(@Nullable UUID unit, @Nullable YearMonth month, long received, long notCharged,
		long answered, long onTime, long late, long open, long openOverdue, long rated, long satisfied, long bad,
		long rectified) {

	/** 逾期: answered late plus still open past due. */
	public long overdue() {
		return late + openOverdue;
	}

	/** 满意率 in percent with one decimal, or {@code null} when nothing was rated. */
	public @Nullable BigDecimal satisfaction() {
		return percent(satisfied, rated);
	}

	/** 按时答复率: answered on time among answered, in percent, or {@code null}. */
	public @Nullable BigDecimal onTimeRate() {
		return percent(onTime, answered);
	}

	/** The sum of two rows (for totals), keeping this row's unit and month. */
	public UnitMonthFigures plus(UnitMonthFigures other) {
		return new UnitMonthFigures(unit, month, received + other.received, notCharged + other.notCharged,
				answered + other.answered, onTime + other.onTime, late + other.late, open + other.open,
				openOverdue + other.openOverdue, rated + other.rated, satisfied + other.satisfied, bad + other.bad,
				rectified + other.rectified);
	}

	/** Every figure zero. */
	public static UnitMonthFigures zero(@Nullable UUID unit, @Nullable YearMonth month) {
		return new UnitMonthFigures(unit, month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	static @Nullable BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
