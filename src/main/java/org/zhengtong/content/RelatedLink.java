package org.zhengtong.content;

/**
 * A 相关链接 under an article: a page of this site ({@code /articles/12}) or of another
 * ({@code https://…}).
 */
public record RelatedLink(String title, String url) {

	/** Whether it leads away from the site. */
	public boolean external() {
		return !url.startsWith("/");
	}

}
