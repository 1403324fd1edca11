package org.zhengtong.portal.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which clients get the gzip bytes, which addresses the cache keeps, and which ETags a
 * client may already have: every answer the cache gives an attacker starts here.
 */
class PageCacheRulesUnitTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			gzip                          | true
			GZIP                          | true
			gzip, deflate, br, zstd       | true
			x-gzip                        | true
			br;q=1, gzip;q=0.5            | true
			*                             | true
			gzip;q=0                      | false
			gzip; q=0.000                 | false
			gzip;q=0, *                   | false
			*;q=0                         | false
			br                            | false
			identity                      | false
			deflate, br                   | false
			gzip;q=nonsense               | false
			gzip;q=2                      | false
			gzipped                       | false
			''                            | false
			""")
	void gzip_goes_only_to_clients_that_take_it(String acceptEncoding, boolean gzip) {
		assertThat(PageCacheRules.acceptsGzip(acceptEncoding)).as(acceptEncoding).isEqualTo(gzip);
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=2", "page=0", "unit=3f2a-19&topic=planning&kind=notice", "page=" })
	void the_parameters_public_pages_read_are_kept(String query) {
		assertThat(PageCacheRules.cacheableQuery(query)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "lang=en", "utm_source=weibo", "page=1&page=2", "page=1&x=1", "page=<script>", "page=1&",
			"&", "PAGE=1",
			"page=%E7%BD%91aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
	void any_other_query_is_rendered_and_not_kept(String query) {
		assertThat(PageCacheRules.cacheableQuery(query)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/en", "/en/", "/articles/6", "/en/articles/6", "/columns/news", "/feeds/news.xml",
			"/tags/x", "/disclosure", "/en/disclosure", "/en/interaction", "/sitemap", "/en/sitemap", "/sitemap.xml",
			"/sitemaps/pages.xml", "/performance", "/en/performance" })
	void public_pages_are_kept(String path) {
		assertThat(PageCacheRules.cacheablePath(path)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/workbench", "/login", "/my", "/search", "/preview/abc", "/assets/css/base.css",
			"/actuator/health", "/en/search", "/articlesx", "/services", "/en/services", "/services/items/XK-1" })
	void other_pages_are_not(String path) {
		assertThat(PageCacheRules.cacheablePath(path)).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			"abc"             | true
			W/"abc"           | true
			"x", "abc"        | true
			*                 | true
			"abd"             | false
			abc               | false
			""")
	void a_client_has_the_page_when_its_etag_matches(String ifNoneMatch, boolean matches) {
		assertThat(PageCacheRules.matches(ifNoneMatch, "\"abc\"")).isEqualTo(matches);
	}

}
