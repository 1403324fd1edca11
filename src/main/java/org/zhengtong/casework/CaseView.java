package org.zhengtong.casework;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case as modules and pages see it.
 *
 * @param state the name of the state it is in
 * @param openStepId the step it waits for, if any
 * @param closedAt when it reached a terminal state
 */
public record CaseView(long id, String type, String module, String subjectId, String title, String state, String link,
		@Nullable UUID unitId, String startedByName, Instant startedAt, @Nullable Instant closedAt,
		@Nullable Long clockId, @Nullable Long openStepId) {

	public boolean closed() {
		return closedAt != null;
	}

}
