package org.zhengtong.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the 我发起的 list: a case the person started, where it stands now.
 *
 * @param closedAt when the case ended, {@code null} while it runs
 * @param waitingFor who the open step waits for (the assignees' names, joined),
 * {@code null} when no step is open
 */
public record StartedCase(long caseId, String module, String type, String title, String link, String state,
		Instant startedAt, @Nullable Instant closedAt, @Nullable String waitingFor) {
}
