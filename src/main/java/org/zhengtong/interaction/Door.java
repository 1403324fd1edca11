package org.zhengtong.interaction;

/**
 * The public door a letter came through. Each has its own 受理 and reply limits
 * ({@code zhengtong.interaction.letters.limits}); 我为政府网站找错 goes to the site
 * administrators, not to the receiving office.
 */
public enum Door {

	/** 领导信箱: to a named leader. */
	MAILBOX,
	/** 咨询. */
	CONSULTATION,
	/** 投诉. */
	COMPLAINT,
	/** 建议. */
	SUGGESTION,
	/** 留言. */
	MESSAGE,
	/** 我为政府网站找错: a fault on the site, answered by its administrators. */
	SITE_ERROR

}
