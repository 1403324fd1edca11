package org.zhengtong.calendar;

import java.time.LocalDate;

/**
 * Days a deadline's clock stands still, both ends included: waiting for corrected
 * materials (补正, 政府信息公开条例 art. 30), hearings and expert reviews (行政许可法 art. 45).
 */
public record Pause(LocalDate from, LocalDate to) {

	public Pause {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A pause ends on or after the day it starts: " + from + " – " + to);
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

}
