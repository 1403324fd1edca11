package org.zhengtong.calendar;

import java.time.LocalDate;

/** A day that is not an ordinary weekday or weekend day, with its name (春节, 国庆节调休上班). */
public record SpecialDay(LocalDate day, DayKind kind, String name) {
}
