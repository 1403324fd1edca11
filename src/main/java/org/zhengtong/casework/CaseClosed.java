package org.zhengtong.casework;

/** A case reached a terminal state of its type. */
public record CaseClosed(long caseId, String type, String subjectId, String state, String actorName) {
}
