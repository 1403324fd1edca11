package org.zhengtong.platform;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import java.net.http.HttpResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.testing.Http;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class ErrorPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} on {1}")
	@CsvSource({ "400, /some/page, 请求有误, portal", "403, /some/page, 您没有权限访问此页面, portal",
			"404, /some/page, 找不到您要访问的页面, portal", "500, /some/page, 系统暂时出现问题, portal",
			"400, /workbench/x, 请求有误, workbench", "403, /admin/units, 您没有权限访问此页面, workbench",
			"404, /office/nothing, 找不到您要访问的页面, workbench", "500, /office/x, 系统暂时出现问题, workbench",
			"404, /en/nothing, Page not found, portal" })
	void each_error_has_a_plain_page_in_the_style_of_its_area(int status, String failedPath, String heading,
			String layout) {
		MvcTestResult page = mvc.get()
			.uri("/error")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, failedPath)
			.with(user("lisi").roles("STAFF"))
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(page).hasStatus(status);
		assertThat(page).bodyText()
			.contains("<h1>" + heading + "</h1>")
			.contains("<body class=\"" + layout + "\"")
			.doesNotContain("Exception", "Whitelabel", "trace");
	}

	@Test
	void an_unknown_public_address_answers_404_with_a_way_back_home() {
		HttpResponse<String> page = new Http(port).get("/no/such/page");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<body class=\"portal\"", "找不到您要访问的页面", "返回首页", "错误代码 404");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, no-store");
	}

	@Test
	void an_unknown_english_address_answers_in_english() {
		HttpResponse<String> page = new Http(port).get("/en/no/such/page");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<html lang=\"en\">", "Page not found", "Go to the homepage");
	}

	@Test
	void a_form_refused_for_a_missing_csrf_token_shows_the_403_page_of_the_workbench() {
		HttpResponse<String> page = new Http(port).post("/workbench", "x=1");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("<body class=\"workbench\"", "您没有权限访问此页面");
	}

}
