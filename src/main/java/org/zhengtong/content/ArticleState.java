package org.zhengtong.content;

/**
 * Where an article stands on the public site. The database keeps the names as text.
 */
public enum ArticleState {

	/** Written, never on the site yet. */
	UNPUBLISHED,

	/** On the site: its published revision is what the public reads. */
	PUBLISHED,

	/** Taken off the site: its page answers 410. */
	WITHDRAWN

}
