package org.zhengtong.interaction.internal;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.zhengtong.platform.ContentSecurityPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The media server setting: an origin and nothing more, and a stream allowed only from
 * exactly that origin (scheme, host and port) — the page's CSP names it alone.
 */
class MediaOriginUnitTests {

	@Test
	void only_an_origin_is_accepted_as_the_media_server() {
		assertThat(new MediaOrigin(URI.create("https://Media.Example.gov.cn")).origin())
			.isEqualTo("https://media.example.gov.cn");
		assertThat(new MediaOrigin(URI.create("http://localhost:8090/")).origin()).isEqualTo("http://localhost:8090");
		assertThat(new MediaOrigin(null).origin()).isEmpty();
		for (String wrong : new String[] { "ftp://media.example.gov.cn", "https://media.example.gov.cn/live",
				"https://user@media.example.gov.cn", "https://media.example.gov.cn?x=1", "media.example.gov.cn" }) {
			assertThatIllegalArgumentException().as(wrong).isThrownBy(() -> new MediaOrigin(URI.create(wrong)));
		}
	}

	@Test
	void a_stream_is_allowed_from_exactly_the_media_server() {
		MediaOrigin media = new MediaOrigin(URI.create("https://media.example.gov.cn"));
		assertThat(media.allows("https://media.example.gov.cn/live/42/player.html")).isTrue();
		assertThat(media.allows("https://MEDIA.example.gov.cn/a.mp4")).isTrue();
		assertThat(media.allows("http://media.example.gov.cn/a.mp4")).as("another scheme").isFalse();
		assertThat(media.allows("https://media.example.gov.cn:8443/a.mp4")).as("another port").isFalse();
		assertThat(media.allows("https://media.example.gov.cn.evil.example/a.mp4")).as("another host").isFalse();
		assertThat(media.allows("https://evil.example@media.example.gov.cn/a.mp4")).as("user info").isFalse();
		assertThat(media.allows("javascript:alert(1)")).isFalse();
		assertThat(media.allows("not a url")).isFalse();
		assertThat(new MediaOrigin(null).allows("https://media.example.gov.cn/a.mp4")).as("none configured").isFalse();
	}

	@Test
	void the_page_policy_adds_frames_and_media_from_that_origin_alone() {
		String policy = ContentSecurityPolicy.withMedia("https://media.example.gov.cn");
		assertThat(policy).startsWith(ContentSecurityPolicy.DEFAULT)
			.endsWith("; frame-src https://media.example.gov.cn; media-src https://media.example.gov.cn")
			.doesNotContain("unsafe-inline", "unsafe-eval", "*");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ContentSecurityPolicy.withMedia("https://media.example.gov.cn; script-src *"));
	}

}
