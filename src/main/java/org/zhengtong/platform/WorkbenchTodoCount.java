package org.zhengtong.platform;

import java.util.OptionalLong;

import org.springframework.security.core.Authentication;

/**
 * The number on the 待办 badge in the workbench header: how many tasks wait for the user.
 * One module provides it (the case-work core, whose 待办 list the badge links to); the
 * platform asks once per request. Without a provider, or at zero, the badge is hidden.
 */
public interface WorkbenchTodoCount {

	/**
	 * The open tasks waiting for {@code user}; empty when they have no 待办 list at all.
	 */
	OptionalLong todoCount(Authentication user);

}
