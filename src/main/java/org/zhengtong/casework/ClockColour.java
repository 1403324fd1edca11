package org.zhengtong.casework;

/**
 * How a deadline is shown: on time, yellow once the warning share is used, red when
 * overdue; paused and stopped clocks are not counting. Never the only signal on a page: a
 * word goes with the colour.
 */
public enum ClockColour {

	GREEN, YELLOW, RED, PAUSED, STOPPED

}
