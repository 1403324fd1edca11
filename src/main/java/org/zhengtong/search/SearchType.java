package org.zhengtong.search;

/**
 * What a result is: an article, an item of the 政府信息公开 catalogue, or one of 互动交流's public
 * pages (a published reply, a survey, an interview).
 */
public enum SearchType {

	ARTICLE, DISCLOSURE,
	/** A letter and its reply on the public board (回复公开). */
	REPLY,
	/** A survey (网上调查) or consultation (意见征集), with its 采纳情况 once published. */
	SURVEY,
	/** An online interview (在线访谈): announcement, approved questions, transcript. */
	INTERVIEW,
	/**
	 * A permit item's service guide in force (办事指南), found by its name and other names.
	 */
	GUIDE;

	/** The message key of its name ({@code search.type.article}…). */
	public String messageKey() {
		return "search.type." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
