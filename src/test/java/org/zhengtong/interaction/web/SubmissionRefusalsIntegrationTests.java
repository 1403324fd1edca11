package org.zhengtong.interaction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.zhengtong.interaction.internal.SubmissionRefused;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;

/**
 * The page a visitor sees when the guard refuses a form that does not show the refusal
 * itself: 429 in the portal layout saying when to try again, in the visitor's language,
 * never cached; a failed captcha is a 400 saying to try again. The application's advice
 * answers the refusal and its view is rendered as the dispatcher would (the real forms
 * that throw it come from the letter part).
 */
@IntegrationTest
class SubmissionRefusalsIntegrationTests {

	@Autowired
	SubmissionRefusals advice;

	@Autowired
	@Qualifier("thymeleafViewResolver")
	ViewResolver views;

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestClock clock;

	@Test
	void over_the_limit_the_visitor_reads_when_to_try_again_in_their_language() throws Exception {
		clock.set(Instant.parse("2026-12-03T02:15:00Z"));
		// Over the limit until 11:00 Beijing time.
		SubmissionRefused refused = SubmissionRefused.tooMany(Instant.parse("2026-12-03T03:00:00Z"));
		MockHttpServletResponse chinese = render("/interaction/letters", refused);
		assertThat(chinese.getStatus()).isEqualTo(429);
		assertThat(chinese.getHeader("Retry-After")).isEqualTo("2700");
		assertThat(chinese.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(chinese.getContentAsString(StandardCharsets.UTF_8)).contains("<h1>提交过于频繁</h1>",
				"请于 2026-12-03 11:00:00 之后再试。", "返回首页", "lang=\"zh-CN\"");

		MockHttpServletResponse english = render("/en/interaction/letters", refused);
		assertThat(english.getStatus()).isEqualTo(429);
		assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("Too many submissions",
				"Please try again after 2026-12-03 11:00:00.", "lang=\"en\"");
	}

	@Test
	void a_failed_captcha_that_reaches_the_page_asks_to_try_again() throws Exception {
		MockHttpServletResponse result = render("/interaction/letters", SubmissionRefused.captcha());
		assertThat(result.getStatus()).isEqualTo(400);
		assertThat(result.getHeader("Retry-After")).isNull();
		assertThat(result.getContentAsString(StandardCharsets.UTF_8)).contains("验证未通过", "验证码不正确或已过期，请重新输入。");
	}

	/** What the dispatcher does with the advice's answer to a refusal on this path. */
	private MockHttpServletResponse render(String path, SubmissionRefused refused) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "POST", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		LocaleResolver locales = context.getBean("localeResolver", LocaleResolver.class);
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
		Locale locale = locales.resolveLocale(request);
		LocaleContextHolder.setLocale(locale);
		try {
			ModelAndView page = advice.refused(refused, response);
			response.setStatus(page.getStatus().value());
			View view = views.resolveViewName(page.getViewName(), locale);
			view.render(page.getModel(), request, response);
			return response;
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
			LocaleContextHolder.resetLocaleContext();
		}
	}

}
