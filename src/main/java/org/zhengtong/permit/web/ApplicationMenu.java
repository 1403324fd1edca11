package org.zhengtong.permit.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;

/** 网上审批 → 窗口收件, for the department's 窗口受理员. */
@Component
class ApplicationMenu implements WorkbenchMenuContributor {

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.permit", "permit.window.title", "/workbench/permit/window",
				PermitRoles.RECEIVE, 20));
	}

}
