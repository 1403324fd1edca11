package org.zhengtong.interaction;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Invites the person served to rate a service (好差评).
 *
 * @param unit the unit that served, whose figures the rating counts in and whose leaders
 * rectify a 差评
 * @param title what the rater and the rectifying unit read (a letter's number and title),
 * cut to 300 characters
 * @param raterAccount the public account invited, if the person has one
 */
public record InviteRating(RatedSubject subject, UUID unit, RatedService service, String title,
		@Nullable UUID raterAccount) {

	public InviteRating {
		title = title.length() > 300 ? title.substring(0, 300) : title;
	}

}
