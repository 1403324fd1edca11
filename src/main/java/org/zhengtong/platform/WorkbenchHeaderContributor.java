package org.zhengtong.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Something a module shows beside the user's name in the workbench header, such as the
 * post in use, with a link to change it.
 */
public interface WorkbenchHeaderContributor {

	Optional<WorkbenchHeaderItem> headerItem(Authentication user);

}
