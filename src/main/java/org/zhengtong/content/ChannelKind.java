package org.zhengtong.content;

/** What a channel (栏目) shows. */
public enum ChannelKind {

	/** 文章列表: articles, newest first, paginated. */
	ARTICLES,

	/** 单页: one article as the channel's page (the newest published one). */
	PAGE,

	/** 外部链接: a link elsewhere. */
	LINK,

	/** 信息公开目录: the disclosure catalogue. */
	DISCLOSURE

}
