package org.zhengtong.interaction;

import java.util.UUID;

/**
 * A survey or consultation was published, edited, closed or had its results (采纳情况)
 * published: whoever keeps a copy (the search index) reads it again through
 * {@link PublishedSurveys#published}.
 */
public record SurveyChanged(UUID surveyId) {
}
