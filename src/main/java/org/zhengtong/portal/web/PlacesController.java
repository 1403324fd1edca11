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
 * The places of 政务服务 and 互动交流 in the main navigation before their modules arrive
 * (政府网站发展指引 asks for both; an inspector counts an empty column against the site). Each
 * page says plainly what is there now and where to go instead — the service centre and
 * the national platform, the 12345 hotline, the site's phone and the error-report link —
 * never an empty 本栏目暂无信息. The module that brings the real service takes over the address.
 */
@Controller
class PlacesController implements PortalNavigationContributor {

	static final String SERVICES = "portal/services";

	static final String INTERACTION = "portal/interaction";

	/** The national government service platform (国家政务服务平台). */
	static final String NATIONAL_SERVICES = "https://gjzwfw.www.gov.cn/";

	@GetMapping({ "/services", "/en/services" })
	String services(HttpServletRequest request, Model model) {
		model.addAttribute("english", english(request));
		model.addAttribute("nationalServices", NATIONAL_SERVICES);
		return SERVICES;
	}

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
		return List.of(new PortalNavigationItem("nav.services", "/services", false, 6),
				new PortalNavigationItem("nav.interaction", "/interaction", false, 7),
				new PortalNavigationItem("nav.services", "/en/services", true, 6),
				new PortalNavigationItem("nav.interaction", "/en/interaction", true, 7));
	}

}
