package org.zhengtong.platform;

import java.util.List;

/**
 * A module's entries in the workbench sidebar. Implement as a bean; the platform collects
 * them.
 */
public interface WorkbenchMenuContributor {

	List<WorkbenchMenuItem> menuItems();

}
