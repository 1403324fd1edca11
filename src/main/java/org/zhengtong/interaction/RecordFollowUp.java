package org.zhengtong.interaction;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Closes a 差评's rectification: what verifying it found (核实情况, whether the complaint
 * held), what was done (整改措施), and the follow-up (回访) with the rater — when, how, and
 * what they said. Texts at most 2000 characters.
 *
 * @param actor the account name of the unit leader recording it
 */
public record RecordFollowUp(UUID rectification, boolean complaintValid, String finding, String measures,
		LocalDate followUpOn, FollowUpWay way, String result, String actor) {
}
