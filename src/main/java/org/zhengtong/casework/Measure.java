package org.zhengtong.casework;

/** What a limit is counted in: working days (the default), calendar days, or hours. */
public enum Measure {

	WORKING_DAYS, CALENDAR_DAYS, HOURS

}
