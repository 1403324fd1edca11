package org.zhengtong.search.internal;

/** The fields of an indexed document. */
final class SearchFields {

	static final String ID = "id";

	static final String SITE = "site";

	static final String CHANNEL = "channel";

	static final String CHANNEL_NAME = "channelName";

	static final String TITLE = "title";

	static final String BODY = "body";

	static final String PUBLISHED = "published";

	static final String PATH = "path";

	private SearchFields() {
	}

}
