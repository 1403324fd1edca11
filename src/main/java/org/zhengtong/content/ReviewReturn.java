package org.zhengtong.content;

import java.time.Instant;

/**
 * One time a reviewer returned a revision (退回) with what needs changing; every return is
 * kept, also after the revision is resent and decided again.
 *
 * @param number the revision's number within its article
 * @param reviewer the reviewer's user name
 */
public record ReviewReturn(long revisionId, int number, String reviewer, String comment, Instant returnedAt) {
}
