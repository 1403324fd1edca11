package org.zhengtong.content;

/** A published article was withdrawn: its page answers 410. */
public record ArticleWithdrawn(long articleId, String siteCode) {
}
