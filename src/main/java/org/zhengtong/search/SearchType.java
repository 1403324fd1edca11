package org.zhengtong.search;

/** What a result is: an article, or an item of the 政府信息公开 catalogue. */
public enum SearchType {

	ARTICLE, DISCLOSURE,
	/** A letter and its reply on the public board (回复公开). */
	REPLY;

	/** The message key of its name ({@code search.type.article}…). */
	public String messageKey() {
		return "search.type." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
