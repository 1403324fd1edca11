package org.zhengtong.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class SecurityIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void every_page_carries_a_strict_content_security_policy_and_security_headers() {
		for (String path : new String[] { "/", "/en/", "/login", "/no-such-page" }) {
			MvcTestResult page = mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
			String csp = page.getResponse().getHeader("Content-Security-Policy");
			assertThat(csp).as(path)
				.contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(page).as(path)
				.hasHeader("X-Content-Type-Options", "nosniff")
				.hasHeader("X-Frame-Options", "DENY")
				.hasHeader("Referrer-Policy", "strict-origin-when-cross-origin")
				.hasHeader("Cross-Origin-Opener-Policy", "same-origin")
				.containsHeader("Permissions-Policy");
		}
	}

	@Test
	void pages_have_no_inline_scripts_or_styles_the_policy_would_block() throws Exception {
		for (String path : new String[] { "/", "/en/", "/login" }) {
			String html = mvc.get().uri(path).exchange().getResponse().getContentAsString();
			assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
			assertThat(html).as(path).doesNotContain("<style", " style=\"", " onclick=", " onload=");
		}
	}

	@Test
	void the_workbench_sends_anonymous_visitors_to_the_login_page() {
		assertThat(mvc.get().uri("/workbench").exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/login");
		assertThat(mvc.get().uri("/admin/anything").exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/login");
		assertThat(mvc.get().uri("/office/anything").exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/login");
	}

	@Test
	void a_logged_in_user_sees_the_workbench_with_sidebar_breadcrumb_and_no_made_up_todo_count() {
		// wangwu has nothing waiting: the home is the empty 待办 list and no badge is
		// shown.
		MvcTestResult page = mvc.get().uri("/workbench").with(user("wangwu").roles("STAFF")).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<body class=\"workbench\"")
			.contains("工作台首页", "aria-current=\"page\"")
			.contains("class=\"breadcrumb\"", "当前位置")
			.contains("没有待办事项。")
			.doesNotContain("class=\"wb-todo\"");
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void the_workbench_has_a_csrf_token_for_scripts_in_a_meta_tag() {
		assertThat(mvc.get().uri("/workbench").with(user("wangwu").roles("STAFF")).exchange()).bodyText()
			.containsPattern("<meta name=\"_csrf\" content=\"[^\"]+\">")
			.contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">");
	}

	@Test
	void a_form_posted_without_its_csrf_token_is_refused() {
		MvcTestResult refused = mvc.post()
			.uri("/logout")
			.with(user("wangwu").roles("STAFF"))
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(refused).hasStatus(403);
	}

	@Test
	void anonymous_visitors_cannot_post_to_public_pages() {
		assertThat(mvc.post().uri("/").with(csrf()).exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/login");
	}

	@Test
	void a_wrong_password_returns_to_the_login_page_with_a_message() {
		MvcTestResult attempt = mvc.post()
			.uri("/login")
			.param("username", "nobody")
			.param("password", "wrong")
			.with(csrf())
			.exchange();

		assertThat(attempt).hasStatus3xxRedirection().hasRedirectedUrl("/login?error");
		assertThat(mvc.get().uri("/login?error").exchange()).bodyText().contains("用户名或密码不正确，请重新输入。");
	}

	@Test
	void health_is_public_and_tells_nothing_more_than_up_or_down() {
		MvcTestResult health = mvc.get().uri("/actuator/health").exchange();

		assertThat(health).hasStatusOk();
		assertThat(health).bodyJson().extractingPath("$.status").isEqualTo("UP");
		assertThat(health).bodyText().doesNotContain("db", "diskSpace");
	}

	@Test
	void prometheus_metrics_are_served_to_the_loopback_interface_only() {
		MvcTestResult local = mvc.get().uri("/actuator/prometheus").with((request) -> {
			request.setRemoteAddr("127.0.0.1");
			return request;
		}).exchange();
		MvcTestResult remote = mvc.get().uri("/actuator/prometheus").with((request) -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		}).exchange();

		assertThat(local).hasStatusOk();
		assertThat(local).bodyText().contains("jvm_memory_used_bytes", "hikaricp_connections");
		assertThat(remote).hasStatus(403);
	}

	@Test
	void other_actuator_endpoints_are_not_exposed() {
		assertThat(mvc.get().uri("/actuator/env").exchange().getResponse().getStatus()).isIn(403, 404);
		assertThat(mvc.get().uri("/actuator/beans").exchange().getResponse().getStatus()).isIn(403, 404);
	}

}
