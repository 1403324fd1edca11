package org.zhengtong.interaction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import org.zhengtong.interaction.internal.SubmissionRefused;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;

/**
 * The page a visitor sees when the guard refuses a form that does not show the refusal
 * itself: 429 in the portal layout saying when to try again, in the visitor's language,
 * never cached; a failed captcha is a 400 saying to try again. Rendered by the
 * application's advice and templates behind a stand-in form controller (the real forms
 * come from the letter part).
 */
@IntegrationTest
class SubmissionRefusalsIntegrationTests {

	@Autowired
	SubmissionRefusals advice;

	@Autowired
	@Qualifier("thymeleafViewResolver")
	ViewResolver views;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	/**
	 * A form whose guard refuses: over the limit until 11:00 Beijing time, or the
	 * captcha.
	 */
	static class RefusedForm {

		@PostMapping({ "/interaction/test-form", "/en/interaction/test-form" })
		String tooMany() {
			throw SubmissionRefused.tooMany(Instant.parse("2026-12-03T03:00:00Z"));
		}

		@PostMapping("/interaction/test-captcha")
		String captcha() {
			throw SubmissionRefused.captcha();
		}

	}

	@Test
	void over_the_limit_the_visitor_reads_when_to_try_again_in_their_language() {
		clock.set(Instant.parse("2026-12-03T02:15:00Z"));
		MvcTestResult chinese = mvc().post().uri("/interaction/test-form").exchange();
		assertThat(chinese.getResponse().getStatus()).as(() -> describe(chinese)).isEqualTo(429);
		assertThat(chinese.getResponse().getHeader("Retry-After")).isEqualTo("2700");
		assertThat(chinese.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(body(chinese)).contains("<h1>提交过于频繁</h1>", "请于 2026-12-03 11:00:00 之后再试。", "返回首页", "lang=\"zh-CN\"");

		MvcTestResult english = mvc().post().uri("/en/interaction/test-form").exchange();
		assertThat(english.getResponse().getStatus()).isEqualTo(429);
		assertThat(body(english)).contains("Too many submissions", "Please try again after 2026-12-03 11:00:00.",
				"lang=\"en\"");
	}

	@Test
	void a_failed_captcha_that_reaches_the_page_asks_to_try_again() {
		MvcTestResult result = mvc().post().uri("/interaction/test-captcha").exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getHeader("Retry-After")).isNull();
		assertThat(body(result)).contains("验证未通过", "验证码不正确或已过期，请重新输入。");
	}

	private MockMvcTester mvc() {
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusedForm())
			.setControllerAdvice(advice)
			// The application's resolver, not handed to the stand-in context.
			.setViewResolvers((ViewResolver) views::resolveViewName)
			.setLocaleResolver(context.getBean("localeResolver", LocaleResolver.class))
			.build();
		return MockMvcTester.create(mvc);
	}

	private static String describe(MvcTestResult result) {
		return "handler " + result.getMvcResult().getHandler() + ", exception "
				+ result.getMvcResult().getResolvedException() + ", view "
				+ (result.getMvcResult().getModelAndView() == null ? null
						: result.getMvcResult().getModelAndView().getViewName())
				+ ", error " + result.getResponse().getErrorMessage() + ", body " + body(result);
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
