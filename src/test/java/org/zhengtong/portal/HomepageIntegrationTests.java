package org.zhengtong.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class HomepageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void the_chinese_homepage_shows_the_government_name_navigation_and_filing_numbers() {
		MvcTestResult page = mvc.get().uri("/").accept(MediaType.TEXT_HTML).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<html lang=\"zh-CN\">")
			.contains("<title>首页 - 秦川市人民政府</title>")
			.contains("欢迎访问秦川市人民政府")
			.contains("信息公开", "政务服务", "互动交流")
			.contains("网站标识码：", "6199000001")
			.contains("秦ICP备20260001号-1", "href=\"https://beian.miit.gov.cn/\"")
			.contains("秦公网安备61990002000001号", "code=61990002000001")
			.contains("class=\"skip-link\" href=\"#main\"");
	}

	@Test
	void the_english_site_lives_under_en_and_shows_english_only() {
		MvcTestResult page = mvc.get().uri("/en/").accept(MediaType.TEXT_HTML).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<html lang=\"en\">")
			.contains("Welcome to the Qinchuan Municipal People&#39;s Government")
			.contains("Government information", "Services", "Have your say")
			.doesNotContain("欢迎访问", "信息公开");
	}

	@Test
	void each_site_links_to_the_other_language() {
		assertThat(mvc.get().uri("/").exchange()).bodyText().contains("href=\"/en/\" lang=\"en\" hreflang=\"en\"");
		assertThat(mvc.get().uri("/en/").exchange()).bodyText()
			.contains("href=\"/\" lang=\"zh-CN\" hreflang=\"zh-CN\"");
	}

	@Test
	void an_anonymous_reader_gets_a_cacheable_page_without_a_session() {
		MvcTestResult page = mvc.get().uri("/").exchange();

		assertThat(page).hasHeader("Cache-Control", "public, no-cache");
		assertThat(page).doesNotContainHeader("Set-Cookie");
		assertThat(page.getRequest().getSession(false)).isNull();
	}

	@Test
	void a_logged_in_reader_gets_a_page_no_cache_may_store() {
		MvcTestResult page = mvc.get().uri("/").with(user("zhangsan").roles("STAFF")).exchange();

		assertThat(page).hasHeader("Cache-Control", "private, no-store");
	}

}
