package org.zhengtong.platform;

import java.util.List;

/** A module's entries in the public site's main navigation. Implement as a bean. */
public interface PortalNavigationContributor {

	List<PortalNavigationItem> navigationItems();

}
