package org.zhengtong.portal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengtong.platform.PortalNavigationContributor;
import org.zhengtong.platform.PortalNavigationItem;
import org.zhengtong.platform.WebAreas;

/**
 * The place of 互动交流 in the main navigation (政府网站发展指引 asks for it; an inspector counts an
 * empty column against the site): the page says plainly what is there and where to go —
 * the 12345 hotline, the site's phone and the error-report link — never an empty 本栏目暂无信息.
 * 政务服务 ({@code /services}) has been taken over by the permit module's catalogue of
 * service guides.
 */
@Controller
class PlacesController implements PortalNavigationContributor {

	static final String INTERACTION = "portal/interaction";

	@GetMapping({ "/interaction", "/en/interaction" })
	String interaction(HttpServletRequest request, Model model) {
		model.addAttribute("english", english(request));
		return INTERACTION;
	}

	private static boolean english(HttpServletRequest request) {
		return WebAreas.pathOf(request).startsWith("/en/");
	}

	@Override
	public List<PortalNavigationItem> navigationItems() {
		return List.of(new PortalNavigationItem("nav.interaction", "/interaction", false, 7),
				new PortalNavigationItem("nav.interaction", "/en/interaction", true, 7));
	}

}
