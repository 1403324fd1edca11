package org.zhengtong.platform.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;

/** 工作台: the landing page of every staff member and administrator after login. */
@Controller
class WorkbenchController implements WorkbenchMenuContributor {

	static final String VIEW = "platform/workbench-home";

	@GetMapping("/workbench")
	String home() {
		return VIEW;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "menu.workbench.home", "/workbench", null, 0));
	}

}
