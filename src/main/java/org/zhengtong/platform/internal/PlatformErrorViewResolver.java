package org.zhengtong.platform.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.zhengtong.platform.WebAreas;

/**
 * Error pages in the style of the area the failed request belonged to: the workbench
 * layout for staff pages, the portal layout for everything else. The page explains the
 * problem in plain words and never shows internals.
 */
@Component
class PlatformErrorViewResolver implements ErrorViewResolver {

	static final String VIEW = "error/error";

	private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 413, 500);

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = failed instanceof String uri ? uri.substring(request.getContextPath().length())
				: WebAreas.pathOf(request);
		int code = status.value();
		Map<String, Object> page = new HashMap<>();
		page.put("status", code);
		page.put("messageKey",
				EXPLAINED.contains(code) ? "error." + code : status.is4xxClientError() ? "error.4xx" : "error.500");
		page.put("workbench", WebAreas.isWorkbench(path));
		page.put("timestamp", model.get("timestamp"));
		return new ModelAndView(VIEW, page, status);
	}

}
