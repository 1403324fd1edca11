package org.zhengtong.platform;

/**
 * The Content-Security-Policy every answer carries: no inline script or style (no
 * {@code unsafe-inline}, no {@code unsafe-eval}), every script and stylesheet a file
 * under {@code /assets/}. A page that embeds a stream from a configured media server sets
 * {@link #withMedia} itself; the security headers leave a policy already set alone.
 */
public final class ContentSecurityPolicy {

	public static final String DEFAULT = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The header's name. */
	public static final String HEADER = "Content-Security-Policy";

	private ContentSecurityPolicy() {
	}

	/**
	 * The policy of a page that frames or plays media from one origin, and from nowhere
	 * else: {@code frame-src} and {@code media-src} name that origin alone.
	 * @param origin scheme, host and port, such as {@code https://media.example.gov.cn}
	 */
	public static String withMedia(String origin) {
		if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
			throw new IllegalArgumentException("Not an origin: " + origin);
		}
		return DEFAULT + "; frame-src " + origin + "; media-src " + origin;
	}

}
