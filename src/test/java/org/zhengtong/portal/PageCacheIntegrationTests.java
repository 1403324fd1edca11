package org.zhengtong.portal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Newsroom;
import org.zhengtong.content.Channels;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A popular page costs almost nothing and is never stale: the second anonymous request is
 * answered from the cache (gzip as stored, the same security headers, an ETag that gives
 * 304), a publication makes the next request render anew, and a visitor with a session is
 * never served from it.
 */
@IntegrationTest
class PageCacheIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	String writer;

	String reviewer;

	ChannelView channel;

	@BeforeEach
	void aChannel() {
		Newsroom newsroom = Newsroom.open(units, platformAccounts, "缓存", "Cache Bureau", "cache", null);
		writer = newsroom.writer();
		reviewer = newsroom.reviewer();
		channel = newsroom.channel(channels, "zh", "cache-" + newsroom.tag(), "缓存" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
	}

	@Test
	void the_second_request_comes_from_the_cache_until_something_is_published() throws Exception {
		long article = publish("第一版标题");
		MvcTestResult first = get("/articles/" + article);
		assertThat(first).hasStatusOk().hasHeader("X-Cache", "MISS").bodyText().contains("第一版标题");
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();

		MvcTestResult second = mvc.get().uri("/articles/{id}", article).header("Accept-Encoding", "gzip").exchange();
		assertThat(second).hasStatusOk()
			.hasHeader("X-Cache", "HIT")
			.hasHeader("Content-Encoding", "gzip")
			.hasHeader("ETag", etag)
			.hasHeader("Content-Security-Policy", first.getResponse().getHeader("Content-Security-Policy"))
			.hasHeader("Cache-Control", first.getResponse().getHeader("Cache-Control"));
		String unzipped = new String(
				new GZIPInputStream(new ByteArrayInputStream(second.getResponse().getContentAsByteArray()))
					.readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(unzipped).isEqualTo(first.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(mvc.get().uri("/articles/{id}", article).header("If-None-Match", etag).exchange()).hasStatus(304);
		String modified = second.getResponse().getHeader("Last-Modified");
		assertThat(modified).isNotBlank();
		assertThat(mvc.get().uri("/articles/{id}", article).header("If-Modified-Since", modified).exchange())
			.hasStatus(304);

		RevisionView revision = articles.revise(article, writer);
		articles.save(revision.id(), new Articles.Draft("第二版标题", null, null, null, "正文"), writer);
		articles.submit(revision.id(), writer);
		articles.publish(revision.id(), reviewer);
		MvcTestResult after = get("/articles/" + article);
		assertThat(after).hasHeader("X-Cache", "MISS").bodyText().contains("第二版标题").doesNotContain("第一版标题");
		assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
		assertThat(after.getResponse().getDateHeader("Last-Modified"))
			.as("a later date even within the same second, whichever instance renders it")
			.isGreaterThan(second.getResponse().getDateHeader("Last-Modified"));
		assertThat(mvc.get().uri("/articles/{id}", article).header("If-Modified-Since", modified).exchange())
			.as("the old copy is not taken for the new one")
			.hasStatusOk()
			.bodyText()
			.contains("第二版标题");
	}

	@Test
	void a_unit_renamed_shows_at_once_in_the_cached_disclosure_catalogue() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = units
			.create(null, org.zhengtong.organization.UnitKind.DEPARTMENT,
					new org.zhengtong.organization.UnitNames("秦川市旧名测试局" + tag, "旧名局", "Old Name Bureau", null), null, 0,
					java.time.LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		get("/disclosure");
		assertThat(get("/disclosure")).hasHeader("X-Cache", "HIT");
		units.rename(unit, new org.zhengtong.organization.UnitNames("秦川市新名测试局" + tag, "新名局", "New Name Bureau", null),
				java.time.LocalDate.of(2021, 1, 1), AccountManagement.SYSTEM);
		assertThat(get("/disclosure")).as("rendered again").hasHeader("X-Cache", "MISS");
	}

	@Test
	void a_visitor_with_a_session_and_pages_that_are_not_200_stay_out() throws Exception {
		long article = publish("有会话的访客");
		get("/articles/" + article);
		String member = "cachereader" + UUID.randomUUID().toString().substring(0, 6);
		platformAccounts.create(member, "读者", org.zhengtong.identity.AccountKind.STAFF, null, "Qinchuan@2026", false);
		platformAccounts.grant(member, IdentityRoles.STAFF);
		MvcTestResult login = mvc.post()
			.uri("/login")
			.param("username", member)
			.param("password", "Qinchuan@2026")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		jakarta.servlet.http.Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("logged in").isNotNull();
		MvcTestResult withSession = mvc.get().uri("/articles/{id}", article).cookie(session).exchange();
		assertThat(withSession).hasStatusOk().bodyText().as("the page of someone logged in").contains("/workbench");
		assertThat(withSession.getResponse().getHeader("X-Cache")).isNull();

		articles.withdraw(article, "过期", reviewer);
		assertThat(get("/articles/" + article)).hasStatus(410);
		assertThat(get("/articles/" + article)).as("410 is not stored").hasStatus(410).doesNotContainHeader("X-Cache");
		assertThat(get("/articles/99999999")).hasStatus(404).doesNotContainHeader("X-Cache");
	}

	private MvcTestResult get(String path) {
		return mvc.get().uri(path).exchange();
	}

	private long publish(String title) {
		RevisionView draft = articles.create(channel.id(), new Articles.Draft(title, null, null, null, "正文"), writer);
		articles.submit(draft.id(), writer);
		articles.publish(draft.id(), reviewer);
		return draft.articleId();
	}

}
