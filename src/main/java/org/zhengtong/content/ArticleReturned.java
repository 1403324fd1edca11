package org.zhengtong.content;

/**
 * A reviewer returned a revision to its writer with what needs changing: the writer is
 * told, with the comment.
 *
 * @param drafter the writer's user name
 * @param reviewer the reviewer's name as shown
 */
public record ArticleReturned(long articleId, long revisionId, String title, String drafter, String reviewer,
		String comment) {
}
