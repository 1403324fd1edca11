package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the guard reads in a text: links to other sites (not e-mail addresses, numbers or
 * the portal's own pages), and captcha answers typed as people type them.
 */
class GuardTextUnitTests {

	@Test
	void links_to_other_sites_are_found_by_their_host_and_the_portals_own_are_not() {
		List<String> own = List.of("www.qinchuan.gov.cn");
		assertThat(Links.foreignHosts(List.of("详见 https://Spam.Example.com:8080/buy?x=1，速来"), own))
			.containsExactly("spam.example.com");
		assertThat(Links.foreignHosts(List.of("加微信或访问 www.fapiao-daikai.top 办理"), own))
			.containsExactly("www.fapiao-daikai.top");
		assertThat(Links.foreignHosts(List.of("打开 buy-now.shop/abc 即可"), own)).containsExactly("buy-now.shop");
		assertThat(Links.foreignHosts(List.of("政策见 https://www.qinchuan.gov.cn/articles/12 和 sub.www.qinchuan.gov.cn"),
				own))
			.isEmpty();
		assertThat(Links.foreignHosts(List.of("请回复 wang.xiaoming@qq.com 或拨打 13900000123，积水约 3.5 米，版本 v2.0。"), own))
			.isEmpty();
	}

	@Test
	void captcha_answers_are_read_in_ordinary_full_width_and_chinese_numerals() {
		assertThat(Captchas.normalize(" 12 ")).isEqualTo("12");
		assertThat(Captchas.normalize("１２")).isEqualTo("12");
		assertThat(Captchas.normalize("十二")).isEqualTo("12");
		assertThat(Captchas.normalize("十")).isEqualTo("10");
		assertThat(Captchas.normalize("二十")).isEqualTo("20");
		assertThat(Captchas.normalize("九")).isEqualTo("9");
		assertThat(Captchas.normalize("07")).isEqualTo("7");
		assertThat(Captchas.normalize("04617")).isEqualTo("04617");
		assertThat(Captchas.normalize("twelve")).isNull();
		assertThat(Captchas.normalize("")).isNull();
	}

}
