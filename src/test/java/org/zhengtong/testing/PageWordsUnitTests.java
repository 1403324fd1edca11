package org.zhengtong.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check every fetched page goes through finds what issue 17 saw on screen. */
class PageWordsUnitTests {

	@Test
	void codes_people_saw_on_screen_are_found() {
		assertThat(PageWords.codesIn("<td>??role.CITIZEN_zh_CN??</td>")).singleElement()
			.asString()
			.startsWith("unresolved message");
		assertThat(PageWords.codesIn("<p>已授予 wang 角色 RA_OPERATOR。</p>")).singleElement()
			.asString()
			.startsWith("role code");
		assertThat(PageWords.codesIn("<td>application/pdf</td>")).singleElement().asString().startsWith("MIME type");
		assertThat(PageWords.codesIn("<td>identity.login</td><td>content.revision-published</td>")).hasSize(2);
		assertThat(PageWords.codesIn("<td>导出 AuditQuery[from=null, to=null]</td>")).hasSize(1);
		assertThat(PageWords.codesIn("<td>account 3f2a1b4c-1234-4321-abcd-0123456789ab</td>")).hasSize(1);
		assertThat(PageWords.codesIn("<td>0:0:0:0:0:0:0:1</td>")).hasSize(1);
		assertThat(PageWords.codesIn("<del>[图片 4f2c9a1e-0b7d-4c1a]</del>")).hasSize(1);
		assertThat(PageWords.codesIn("<a title=\"SITE_ADMIN\">x</a>")).as("attributes people read").hasSize(1);
	}

	@Test
	void codes_in_markup_people_do_not_read_are_left_alone() {
		assertThat(PageWords.codesIn("""
				<option value="RA_OPERATOR">证书注册审核员</option>
				<input name="accept" value="application/pdf">
				<script src="/assets/js/x.js" type="application/javascript"></script>
				<a href="/admin/audit?action=identity.login">登录</a>
				<p>登录 · 发布稿件 · ::1（本机）</p>""")).isEmpty();
	}

	@Test
	void a_page_with_a_code_fails_and_other_answers_are_not_read() {
		assertThatThrownBy(() -> PageWords.check("GET /x", "text/html;charset=UTF-8", "<p>identity.login</p>"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("GET /x shows codes");
		PageWords.check("GET /x.csv", "text/csv", "identity.login");
	}

}
