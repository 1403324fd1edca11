package org.zhengtong.content;

/** An article's new revision is public (first publication or an update). */
public record ArticlePublished(long articleId, String siteCode) {
}
