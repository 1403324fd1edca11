package org.zhengtong.portal.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the tables of an annual report go in its text: the national format puts 二、三、四
 * (the tables) between 一、总体情况 and 五、存在的主要问题及改进情况, so the body is cut before the paragraph
 * or heading that starts with 五、; without one the tables follow the whole text.
 */
final class ReportBody {

	private static final Pattern FIFTH = Pattern.compile("<(p|h2|h3|h4)(\\s[^>]*)?>\\s*(<(strong|b)>\\s*)?五、");

	private ReportBody() {
	}

	/** The body before the tables and after them. */
	static String[] split(String body) {
		Matcher fifth = FIFTH.matcher(body);
		if (fifth.find()) {
			return new String[] { body.substring(0, fifth.start()), body.substring(fifth.start()) };
		}
		return new String[] { body, "" };
	}

}
