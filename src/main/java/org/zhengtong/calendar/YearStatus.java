package org.zhengtong.calendar;

/** Whether a year's holidays are known. */
public enum YearStatus {

	/** The State Council's schedule has been entered. */
	CONFIRMED,

	/**
	 * 暂定: not yet published; counted with weekends only, deadlines shown as provisional.
	 */
	PROVISIONAL,

	/** No schedule at all: counted with weekends only, like a provisional year. */
	MISSING

}
