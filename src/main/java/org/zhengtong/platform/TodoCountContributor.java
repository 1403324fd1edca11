package org.zhengtong.platform;

import org.springframework.security.core.Authentication;

/**
 * A module's share of the to-do badge (待办) in the workbench header: how many items wait
 * for this user. With no contributor the badge is hidden rather than showing a made-up
 * number.
 */
public interface TodoCountContributor {

	long todoCount(Authentication user);

	/**
	 * Whether this module counts anything for the user at all (an editor's reviews, not a
	 * citizen's); when no contributor counts for someone, their badge is hidden.
	 */
	default boolean counts(Authentication user) {
		return true;
	}

}
