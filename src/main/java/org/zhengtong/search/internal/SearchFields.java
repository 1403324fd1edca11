package org.zhengtong.search.internal;

/** The fields of an indexed document. */
final class SearchFields {

	static final String ID = "id";

	static final String SITE = "site";

	static final String CHANNEL = "channel";

	static final String CHANNEL_NAME = "channelName";

	static final String TITLE = "title";

	/** The text, stored for snippets (not indexed on its own). */
	static final String BODY = "body";

	/**
	 * Title, text and (for disclosure items) references together: what a query must find.
	 */
	static final String TEXT = "text";

	/**
	 * Title, text and references as single characters (frequencies, no positions): what a
	 * query of one character is looked for in.
	 */
	static final String CHARS = "chars";

	/** The title as single characters: a one-character query found in it counts extra. */
	static final String TITLE_CHARS = "titleChars";

	static final String TYPE = "type";

	/** A disclosure item's 发文字号 and 索引号. */
	static final String REFERENCE = "reference";

	static final String PUBLISHED = "published";

	static final String PATH = "path";

	private SearchFields() {
	}

}
