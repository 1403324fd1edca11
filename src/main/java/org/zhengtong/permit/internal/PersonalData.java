package org.zhengtong.permit.internal;

/**
 * How a natural person appears on public 双公示 outputs: the name with all but its first and
 * last character hidden (张*三, a two-character name 张*); the 身份证号 as identity masks it
 * (6101**********123X).
 */
public final class PersonalData {

	private PersonalData() {
	}

	public static String maskName(String name) {
		String stripped = name.strip();
		int[] points = stripped.codePoints().toArray();
		if (points.length <= 1) {
			return "*";
		}
		if (points.length == 2) {
			return new String(points, 0, 1) + "*";
		}
		return new String(points, 0, 1) + "*".repeat(points.length - 2) + new String(points, points.length - 1, 1);
	}

}
