package org.zhengtong.interaction.internal;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The media server interviews stream from ({@code zhengtong.interaction.media-origin},
 * such as {@code https://media.qinchuan.gov.cn}): the only origin an interview page lets
 * frames and video or audio come from. Unset, no stream is embedded. Checked at start: an
 * origin is a scheme (https, or http for a test server), a host and perhaps a port — no
 * path.
 */
@ConfigurationProperties("zhengtong.interaction")
public record MediaOrigin(@Nullable URI mediaOrigin) {

	public MediaOrigin {
		if (mediaOrigin != null) {
			String scheme = mediaOrigin.getScheme() == null ? "" : mediaOrigin.getScheme().toLowerCase(Locale.ROOT);
			String path = mediaOrigin.getRawPath() == null ? "" : mediaOrigin.getRawPath();
			if (!(scheme.equals("https") || scheme.equals("http")) || mediaOrigin.getHost() == null
					|| mediaOrigin.getRawUserInfo() != null || !(path.isEmpty() || path.equals("/"))
					|| mediaOrigin.getRawQuery() != null || mediaOrigin.getRawFragment() != null) {
				throw new IllegalArgumentException("zhengtong.interaction.media-origin must be an origin such as "
						+ "https://media.example.gov.cn (scheme, host and port only), not " + mediaOrigin);
			}
		}
	}

	/**
	 * The origin as CSP and the editors see it ({@code https://media.example.gov.cn}), or
	 * "".
	 */
	public String origin() {
		if (mediaOrigin == null) {
			return "";
		}
		return mediaOrigin.getScheme().toLowerCase(Locale.ROOT) + "://" + mediaOrigin.getHost().toLowerCase(Locale.ROOT)
				+ (mediaOrigin.getPort() == -1 ? "" : ":" + mediaOrigin.getPort());
	}

	/** Whether an address is on the media server (same scheme, host and port). */
	public boolean allows(@Nullable String url) {
		if (mediaOrigin == null || url == null) {
			return false;
		}
		try {
			URI uri = URI.create(url.strip());
			return uri.getScheme() != null && uri.getHost() != null && uri.getRawUserInfo() == null
					&& new MediaOrigin(URI.create(uri.getScheme() + "://" + uri.getRawAuthority())).origin()
						.equals(origin());
		}
		catch (IllegalArgumentException invalid) {
			return false;
		}
	}

}
