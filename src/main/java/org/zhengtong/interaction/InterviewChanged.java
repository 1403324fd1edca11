package org.zhengtong.interaction;

import java.util.UUID;

/**
 * An online interview was announced or edited, started or ended, had a question moderated
 * or a transcript line published: whoever keeps a copy (the search index) reads it again
 * through {@link PublishedInterviews#published}.
 */
public record InterviewChanged(UUID interviewId) {
}
