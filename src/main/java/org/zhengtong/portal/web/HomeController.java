package org.zhengtong.portal.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengtong.platform.PortalNavigationContributor;
import org.zhengtong.platform.PortalNavigationItem;

/**
 * The homepage of the Chinese site ({@code /}) and of the English site ({@code /en/}).
 */
@Controller
class HomeController implements PortalNavigationContributor {

	static final String VIEW = "portal/home";

	@GetMapping({ "/", "/en", "/en/" })
	String home() {
		return VIEW;
	}

	@Override
	public List<PortalNavigationItem> navigationItems() {
		return List.of(new PortalNavigationItem("nav.home", "/", false, 0),
				new PortalNavigationItem("nav.home", "/en/", true, 0));
	}

}
