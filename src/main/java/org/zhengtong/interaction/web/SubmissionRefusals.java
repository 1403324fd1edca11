package org.zhengtong.interaction.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.zhengtong.interaction.internal.SubmissionRefused;

/**
 * What a visitor sees when the submission guard refuses them and the form did not show it
 * itself: over a rate limit, 429 Too Many Requests in the portal layout saying when to
 * try again (and a {@code Retry-After} header); a failed captcha, 400 saying to go back
 * and answer a new one. For every interaction controller (their forms show a wrong
 * captcha on the form instead, where they can).
 */
@ControllerAdvice(basePackages = "org.zhengtong.interaction")
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionRefusals {

	static final String VIEW = "interaction/too-many";

	private final Clock clock;

	SubmissionRefusals(Clock clock) {
		this.clock = clock;
	}

	@ExceptionHandler(SubmissionRefused.class)
	ModelAndView refused(SubmissionRefused refused, HttpServletResponse response) {
		ModelAndView page = new ModelAndView(VIEW);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		page.addObject("retryAt", refused.retryAt());
		if (refused.retryAt() == null) {
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		long seconds = Math.max(1, Duration.between(clock.instant(), refused.retryAt()).toSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
		return page;
	}

}
