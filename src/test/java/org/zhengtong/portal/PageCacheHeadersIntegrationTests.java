package org.zhengtong.portal;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.Newsroom;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP (Tomcat, its compression and its own headers included): a page from the
 * cache carries exactly the headers of the page rendered for it, with and without gzip
 * and for HEAD, and the same security headers as an answer that went through Spring
 * Security on the same address.
 */
@IntegrationTest
class PageCacheHeadersIntegrationTests {

	/**
	 * What may differ between two answers of the same page: the time and the cache's
	 * word.
	 */
	private static final Set<String> PER_ANSWER = Set.of("date", "x-cache");

	/**
	 * What an answer that passes the cache by does not have (the cache's validators and
	 * its own length), or has as Tomcat's compression writes it.
	 */
	private static final Set<String> CACHE_ONLY = Set.of("date", "x-cache", "etag", "last-modified", "vary",
			"content-length", "content-encoding", "transfer-encoding");

	@Autowired
	WebServerApplicationContext server;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	Newsroom newsroom;

	ChannelView channel;

	@BeforeEach
	void aChannel() {
		newsroom = Newsroom.open(units, platformAccounts, "缓存头", "Cache Header Bureau", "cacheh", null);
		channel = newsroom.channel(channels, "zh", "cacheh-" + newsroom.tag(), "缓存头" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
	}

	@Test
	void a_cached_page_has_the_headers_of_the_page_rendered_for_it() throws Exception {
		long article = publish("缓存头一致");
		for (String path : List.of("/articles/" + article, "/")) {
			HttpResponse<byte[]> rendered = send("GET", path, "gzip, deflate");
			assertThat(rendered.headers().firstValue("X-Cache")).as(path).hasValue("MISS");
			HttpResponse<byte[]> cachedGzip = send("GET", path, "gzip, deflate");
			HttpResponse<byte[]> cachedPlain = send("GET", path, "identity");
			HttpResponse<byte[]> cachedHead = send("HEAD", path, "gzip, deflate");
			assertThat(cachedGzip.headers().firstValue("X-Cache")).as(path).hasValue("HIT");
			assertThat(without(cachedGzip, PER_ANSWER)).as(path + ": rendered and cached, gzip")
				.isEqualTo(without(rendered, PER_ANSWER));
			assertThat(without(cachedHead, PER_ANSWER)).as(path + ": HEAD as GET")
				.isEqualTo(without(rendered, PER_ANSWER));
			assertThat(cachedHead.body()).isEmpty();
			Map<String, List<String>> plain = without(cachedPlain,
					Set.of("date", "x-cache", "content-encoding", "content-length"));
			assertThat(plain).as(path + ": the same without gzip, but the encoding and length")
				.isEqualTo(without(rendered, Set.of("date", "x-cache", "content-encoding", "content-length")));
			assertThat(cachedPlain.headers().firstValue("Content-Encoding")).isEmpty();
			assertThat(new String(cachedPlain.body(), java.nio.charset.StandardCharsets.UTF_8))
				.isEqualTo(new String(gunzip(cachedGzip.body()), java.nio.charset.StandardCharsets.UTF_8));
			assertThat(cachedPlain.headers().firstValueAsLong("Content-Length")).hasValue(cachedPlain.body().length);
		}
	}

	@Test
	void a_cached_page_has_the_security_headers_spring_security_writes() throws Exception {
		long article = publish("安全头一致");
		String path = "/articles/" + article;
		send("GET", path, "gzip");
		HttpResponse<byte[]> cached = send("GET", path, "gzip");
		assertThat(cached.headers().firstValue("X-Cache")).hasValue("HIT");
		// A forged session cookie sends the request through the session filter and Spring
		// Security, as a visitor whose session has expired.
		HttpResponse<byte[]> uncached = send("GET", path, "gzip", "Cookie", "SESSION=Zm9yZ2Vk");
		assertThat(uncached.statusCode()).isEqualTo(200);
		assertThat(uncached.headers().firstValue("X-Cache")).as("passed by").isEmpty();
		assertThat(without(cached, CACHE_ONLY)).isEqualTo(without(uncached, CACHE_ONLY));
		assertThat(cached.headers().map()).containsKeys("content-security-policy", "x-content-type-options",
				"x-frame-options", "referrer-policy", "permissions-policy", "cache-control", "content-language");
		assertThat(cached.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
		assertThat(new String(gunzip(cached.body()), java.nio.charset.StandardCharsets.UTF_8)).as("the same page")
			.isEqualTo(new String(gunzip(uncached.body()), java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void the_cache_answers_before_the_session_filter_and_spring_security(
			@Autowired List<org.springframework.boot.web.servlet.FilterRegistrationBean<?>> filters) {
		int cache = filters.stream()
			.filter((registration) -> registration.getFilter().getClass().getSimpleName().equals("PageCache"))
			.findFirst()
			.orElseThrow()
			.getOrder();
		int proxies = filters.stream()
			.filter((registration) -> registration.getFilter().getClass().getSimpleName().equals("TrustedProxyFilter"))
			.findFirst()
			.orElseThrow()
			.getOrder();
		assertThat(cache).isGreaterThan(proxies)
			.isLessThan(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER)
			.isLessThan(
					org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties.DEFAULT_FILTER_ORDER);
	}

	private HttpResponse<byte[]> send(String method, String path, String acceptEncoding, String... headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + server.getWebServer().getPort() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html")
			.header("Accept-Encoding", acceptEncoding)
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static Map<String, List<String>> without(HttpResponse<?> response, Set<String> names) {
		Map<String, List<String>> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (!names.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				headers.put(name.toLowerCase(java.util.Locale.ROOT), values);
			}
		});
		return headers;
	}

	private static byte[] gunzip(byte[] body) throws Exception {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

	private long publish(String title) {
		RevisionView draft = articles.create(channel.id(),
				new Articles.Draft(title, null, null, null, "<p>" + "正文".repeat(2000) + "</p>"), newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		articles.publish(draft.id(), newsroom.reviewer());
		return draft.articleId();
	}

}
