package org.zhengtong.permit.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.zhengtong.permit.ApplicationRefused;
import org.zhengtong.permit.internal.CaseLookups;

/**
 * Refused applications in one place, for the application pages: a case or item that is
 * not the visitor's answers 404 (as if it did not exist); an item of the other audience
 * or a staff account, 403 with the reason in the visitor's language; an item not online
 * or a case already sent, 409 saying so; too many look-ups by 查询码, 429 with when to try
 * again.
 */
@ControllerAdvice(basePackageClasses = ApplicationRefusals.class)
class ApplicationRefusals {

	static final String VIEW = "permit/apply-refused";

	private final Clock clock;

	ApplicationRefusals(Clock clock) {
		this.clock = clock;
	}

	@ExceptionHandler(ApplicationRefused.class)
	ModelAndView refused(ApplicationRefused refused, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		if ("permit.apply.refused.notFound".equals(refused.messageKey())) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return new ModelAndView();
		}
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("english", ApplicationPages.english(request));
		page.addObject("error", refused.messageKey());
		page.addObject("errorArguments", refused.arguments());
		page.setStatus(refused.messageKey().startsWith("permit.apply.refused.audience")
				|| refused.messageKey().equals("permit.apply.refused.staff") ? HttpStatus.FORBIDDEN
						: HttpStatus.CONFLICT);
		return page;
	}

	@ExceptionHandler(CaseLookups.TooMany.class)
	ModelAndView tooMany(CaseLookups.TooMany refused, HttpServletRequest request, HttpServletResponse response) {
		long seconds = Math.max(1, Duration.between(clock.instant(), refused.retryAt()).toSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("english", ApplicationPages.english(request));
		page.addObject("error", "permit.follow.tooMany");
		page.addObject("errorArguments", new Object[] { Math.max(1, seconds / 60) });
		page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
		return page;
	}

}
