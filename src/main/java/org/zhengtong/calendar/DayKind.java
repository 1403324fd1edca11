package org.zhengtong.calendar;

/** How a day departs from the Monday-to-Friday week. */
public enum DayKind {

	/** 放假: a day off, including the weekend days inside a holiday. */
	HOLIDAY,

	/** 调休上班: a Saturday or Sunday worked instead of a weekday off. */
	WORKDAY

}
