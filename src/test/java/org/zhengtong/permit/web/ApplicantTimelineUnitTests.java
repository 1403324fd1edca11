package org.zhengtong.permit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhengtong.casework.HistoryEntry;

/**
 * The applicant's 办理过程: the moves between states and the closing, told once when the move
 * into 办结 and the core's closing follow each other; a closing after another move (a case
 * the core closes by itself) is still told.
 */
class ApplicantTimelineUnitTests {

	@Test
	void a_move_into_closed_followed_by_the_core_closing_is_told_once() {
		List<HistoryEntry> shown = CaseFollowController
			.applicantTimeline(List.of(entry(1, "TRANSITION", "SUBMITTED"), entry(2, "STEP_COMPLETED", "SUBMITTED"),
					entry(3, "TRANSITION", "DECIDED"), entry(4, "TRANSITION", "CLOSED"), entry(5, "CLOSED", "CLOSED")));

		assertThat(shown).extracting(HistoryEntry::id).containsExactly(1L, 3L, 4L);
	}

	@Test
	void a_closing_without_a_move_into_closed_is_told() {
		List<HistoryEntry> shown = CaseFollowController
			.applicantTimeline(List.of(entry(1, "TRANSITION", "SUBMITTED"), entry(2, "CLOSED", "SUBMITTED")));

		assertThat(shown).extracting(HistoryEntry::id).containsExactly(1L, 2L);
	}

	private static HistoryEntry entry(long id, String action, String toState) {
		return new HistoryEntry(id, null, Instant.parse("2026-12-03T01:00:00Z").plusSeconds(id), "系统", null, action,
				null, toState, null, null);
	}

}
