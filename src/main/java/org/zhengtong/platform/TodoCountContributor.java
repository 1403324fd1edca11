package org.zhengtong.platform;

import org.springframework.security.core.Authentication;

/**
 * A module's share of the to-do badge (待办) in the workbench header: how many items wait
 * for this user. With no contributor the badge is hidden rather than showing a made-up
 * number.
 */
public interface TodoCountContributor {

	long todoCount(Authentication user);

}
