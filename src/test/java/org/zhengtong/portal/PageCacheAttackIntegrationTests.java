package org.zhengtong.portal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import jakarta.servlet.http.Cookie;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.Newsroom;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.x509;

/**
 * The page cache as an attacker tries it: none of these requests is served a page from
 * the cache that is not its own, and none leaves a page there that another visitor would
 * get.
 */
@IntegrationTest
class PageCacheAttackIntegrationTests {

	/** The trusted reverse proxy of the test profile. */
	private static final String PROXY = "192.0.2.10";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	Newsroom newsroom;

	String page;

	String title;

	@BeforeEach
	void aPublishedArticle() {
		newsroom = Newsroom.open(units, platformAccounts, "缓存攻击", "Cache Attack Bureau", "cachea", null);
		ChannelView channel = newsroom.channel(channels, "zh", "cachea-" + newsroom.tag(), "缓存攻击" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
		title = "缓存攻击测试" + newsroom.tag();
		RevisionView draft = articles.create(channel.id(), new Articles.Draft(title, null, null, null, "<p>正文</p>"),
				newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		articles.publish(draft.id(), newsroom.reviewer());
		page = "/articles/" + draft.articleId();
		assertThat(mvc.get().uri(page).exchange()).hasHeader("X-Cache", "MISS");
		assertThat(mvc.get().uri(page).exchange()).hasHeader("X-Cache", "HIT");
	}

	@Test
	void an_expired_or_forged_session_cookie_is_answered_by_the_application_and_creates_no_session() {
		MvcTestResult forged = mvc.get().uri(page).cookie(new Cookie("SESSION", "Zm9yZ2VkLXNlc3Npb24=")).exchange();
		assertThat(forged).hasStatusOk().doesNotContainHeader("X-Cache").doesNotContainHeader("Set-Cookie");
		assertThat(forged).bodyText().contains(title);
		assertThat(mvc.get().uri(page).exchange()).hasHeader("X-Cache", "HIT").doesNotContainHeader("Set-Cookie");
	}

	@Test
	void a_client_certificate_or_credentials_pass_the_cache_by_and_leave_nothing_in_it() throws Exception {
		MvcTestResult certificate = mvc.get().uri(page).with(x509(selfSigned())).exchange();
		assertThat(certificate).doesNotContainHeader("X-Cache");
		MvcTestResult proxied = mvc.get()
			.uri(page)
			.header("X-SSL-Client-Cert", "-----BEGIN CERTIFICATE-----")
			.exchange();
		assertThat(proxied).doesNotContainHeader("X-Cache");
		MvcTestResult basic = mvc.get().uri(page).header("Authorization", "Basic YWRtaW46YWRtaW4=").exchange();
		assertThat(basic).doesNotContainHeader("X-Cache");
		assertThat(mvc.get().uri(page).exchange()).as("anonymous visitors still get the public page")
			.hasStatusOk()
			.hasHeader("X-Cache", "HIT")
			.bodyText()
			.contains(title);
	}

	@Test
	void host_and_forwarded_headers_from_anyone_but_the_proxy_change_nothing() {
		MvcTestResult poisoned = mvc.get()
			.uri(page)
			.header("Host", "evil.example")
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Port", "443")
			.header("X-Forwarded-Prefix", "/evil")
			.exchange();
		assertThat(poisoned).hasStatusOk().doesNotContainHeader("Strict-Transport-Security");
		assertThat(poisoned).bodyText().doesNotContain("evil");
		MvcTestResult next = mvc.get().uri(page).exchange();
		assertThat(next).hasHeader("X-Cache", "HIT").doesNotContainHeader("Strict-Transport-Security");
		assertThat(next).bodyText().doesNotContain("evil");
	}

	@Test
	void the_trusted_proxy_gets_its_own_pages_for_https_and_for_a_prefix() {
		MvcTestResult https = mvc.get()
			.uri(page)
			.with(from(PROXY))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Port", "443")
			.exchange();
		assertThat(https).hasStatusOk().hasHeader("X-Cache", "MISS").containsHeader("Strict-Transport-Security");
		assertThat(mvc.get().uri(page).exchange()).as("the plain page stays as it was")
			.hasHeader("X-Cache", "HIT")
			.doesNotContainHeader("Strict-Transport-Security");
		assertThat(mvc.get()
			.uri(page)
			.with(from(PROXY))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Port", "443")
			.exchange()).hasHeader("X-Cache", "HIT").containsHeader("Strict-Transport-Security");

		MvcTestResult prefixed = mvc.get()
			.uri(page)
			.with(from(PROXY))
			.header("X-Forwarded-Prefix", "/portal")
			.exchange();
		assertThat(prefixed).hasStatusOk().hasHeader("X-Cache", "MISS").bodyText().contains("href=\"/portal/");
		assertThat(mvc.get().uri(page).exchange()).hasHeader("X-Cache", "HIT").bodyText().doesNotContain("/portal/");
	}

	@Test
	void a_query_string_the_page_does_not_read_is_rendered_and_not_kept() {
		MvcTestResult tracked = mvc.get().uri(page + "?utm_source=weibo").exchange();
		assertThat(tracked).hasStatusOk().doesNotContainHeader("X-Cache").bodyText().contains(title);
		assertThat(mvc.get().uri(page + "?utm_source=weibo").exchange()).doesNotContainHeader("X-Cache");

		mvc.get().uri("/").exchange();
		MvcTestResult english = mvc.get().uri("/?lang=en").exchange();
		assertThat(english).as("the language switch still sets its cookie").doesNotContainHeader("X-Cache");
		assertThat(english.getResponse().getCookie("zt-lang")).isNotNull();
		assertThat(mvc.get().uri("/").exchange()).hasHeader("X-Cache", "HIT").bodyText().contains("lang=\"zh");
	}

	@Test
	void english_and_chinese_pages_are_kept_apart() {
		mvc.get().uri("/en/").exchange();
		mvc.get().uri("/").exchange();
		MvcTestResult english = mvc.get().uri("/en/").exchange();
		MvcTestResult chinese = mvc.get().uri("/").exchange();
		assertThat(english).hasHeader("X-Cache", "HIT")
			.hasHeader("Content-Language", "en")
			.bodyText()
			.contains("lang=\"en\"");
		assertThat(chinese).hasHeader("X-Cache", "HIT").bodyText().contains("lang=\"zh");
		assertThat(english.getResponse().getHeader("ETag")).isNotEqualTo(chinese.getResponse().getHeader("ETag"));
	}

	@Test
	void every_accept_encoding_gets_a_body_it_can_read() throws Exception {
		byte[] plain = mvc.get()
			.uri(page)
			.header("Accept-Encoding", "identity")
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(plain, StandardCharsets.UTF_8)).contains(title);
		for (String identity : new String[] { "gzip;q=0", "br", "identity", "deflate, br;q=0.9", "*;q=0" }) {
			MvcTestResult answer = mvc.get().uri(page).header("Accept-Encoding", identity).exchange();
			assertThat(answer).as(identity)
				.hasHeader("X-Cache", "HIT")
				.hasHeader("Vary", "Accept-Encoding")
				.doesNotContainHeader("Content-Encoding");
			assertThat(answer.getResponse().getContentAsByteArray()).as(identity).isEqualTo(plain);
		}
		for (String gzip : new String[] { "gzip", "GZIP", "gzip, deflate, br, zstd", "br;q=1, gzip;q=0.5", "*" }) {
			MvcTestResult answer = mvc.get().uri(page).header("Accept-Encoding", gzip).exchange();
			assertThat(answer).as(gzip).hasHeader("X-Cache", "HIT").hasHeader("Content-Encoding", "gzip");
			try (var in = new java.util.zip.GZIPInputStream(
					new java.io.ByteArrayInputStream(answer.getResponse().getContentAsByteArray()))) {
				assertThat(in.readAllBytes()).as(gzip).isEqualTo(plain);
			}
		}
	}

	@Test
	void head_gets_the_headers_of_get_and_no_body() {
		MvcTestResult get = mvc.get().uri(page).header("Accept-Encoding", "gzip").exchange();
		MvcTestResult head = mvc.method(HttpMethod.HEAD).uri(page).header("Accept-Encoding", "gzip").exchange();
		assertThat(head).hasStatusOk().hasHeader("X-Cache", "HIT");
		assertThat(head.getResponse().getHeaderNames())
			.containsExactlyInAnyOrderElementsOf(get.getResponse().getHeaderNames());
		for (String name : get.getResponse().getHeaderNames()) {
			assertThat(head.getResponse().getHeaders(name)).as(name).isEqualTo(get.getResponse().getHeaders(name));
		}
		assertThat(head.getResponse().getContentLength()).isEqualTo(get.getResponse().getContentAsByteArray().length);
		assertThat(head.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Test
	void a_post_is_never_answered_from_the_cache() {
		MvcTestResult post = mvc.post().uri(page).exchange();
		assertThat(post.getResponse().getStatus()).isNotEqualTo(200);
		assertThat(post).doesNotContainHeader("X-Cache");
		assertThat(mvc.get().uri(page).exchange()).hasStatusOk().hasHeader("X-Cache", "HIT");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static X509Certificate selfSigned() throws Exception {
		KeyPair keys = Pkcs.p256();
		Instant now = Instant.now();
		var builder = new JcaX509v3CertificateBuilder(new X500Name("CN=attacker"),
				BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
				Date.from(now.plus(1, ChronoUnit.DAYS)), new X500Name("CN=attacker"), keys.getPublic());
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
	}

}
