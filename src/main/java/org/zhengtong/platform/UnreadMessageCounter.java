package org.zhengtong.platform;

import org.springframework.security.core.Authentication;

/**
 * The number of unread messages shown in the header of both layouts (消息): implemented by
 * the module that keeps people's messages. Asked at most once per request; with no
 * implementation, or at zero, nothing is shown.
 */
public interface UnreadMessageCounter {

	/** How many messages the signed-in user has not read yet. */
	long unreadMessages(Authentication user);

	/**
	 * Where the user reads them: the workbench for staff, the personal pages otherwise.
	 */
	String messagesPath(Authentication user);

}
