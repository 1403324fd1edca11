package org.zhengtong.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.platform.PlatformProperties;

/**
 * The two files every site is asked for at its root: {@code /robots.txt}, which keeps
 * crawlers out of the staff and personal pages and names the sitemap, and
 * {@code /favicon.ico}. Without them each visit logs a 404 and a website inspection
 * counts the missing files.
 */
@RestController
class SiteFilesController {

	static final MediaType ICON = MediaType.parseMediaType("image/x-icon");

	private final PlatformProperties platform;

	private final byte[] icon;

	SiteFilesController(PlatformProperties platform) throws IOException {
		this.platform = platform;
		try (InputStream in = new ClassPathResource("static/img/favicon.ico").getInputStream()) {
			this.icon = in.readAllBytes();
		}
	}

	@GetMapping("/robots.txt")
	ResponseEntity<byte[]> robots() {
		String text = """
				User-agent: *
				Disallow: /workbench
				Disallow: /admin
				Disallow: /my
				Disallow: /account
				Disallow: /login
				Disallow: /register
				Disallow: /password
				Disallow: /preview
				Disallow: /en/preview
				Sitemap: %s
				""".formatted(platform.absolute("/sitemap.xml"));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/favicon.ico")
	ResponseEntity<byte[]> favicon() {
		return ResponseEntity.ok()
			.contentType(ICON)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.body(icon);
	}

}
