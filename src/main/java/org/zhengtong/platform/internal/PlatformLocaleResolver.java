package org.zhengtong.platform.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.zhengtong.platform.WebAreas;

/**
 * Chinese by default. On the public portal the address decides (the English site lives
 * under {@code /en/}), so a cached public page never depends on a cookie; on the
 * workbench and the login page the user's choice is kept in a cookie.
 */
class PlatformLocaleResolver extends CookieLocaleResolver {

	static final String COOKIE = "zt-lang";

	PlatformLocaleResolver() {
		super(COOKIE);
		setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		setCookieMaxAge(Duration.ofDays(365));
		setCookieSameSite("Lax");
		setCookieHttpOnly(true);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String path = originalPath(request);
		if (WebAreas.isEnglishSite(path)) {
			return Locale.ENGLISH;
		}
		if (isPortal(path)) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		Locale chosen = super.resolveLocale(request);
		return "en".equals(chosen.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	/**
	 * The DispatcherServlet asks for a locale context, not a locale: answer the same way,
	 * lazily, so a language chosen during the request ({@code ?lang=en}) shows on the
	 * same page.
	 */
	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		LocaleContext cookie = super.resolveLocaleContext(request);
		return new TimeZoneAwareLocaleContext() {

			@Override
			public Locale getLocale() {
				return resolveLocale(request);
			}

			@Override
			public @Nullable TimeZone getTimeZone() {
				return cookie instanceof TimeZoneAwareLocaleContext context ? context.getTimeZone() : null;
			}

		};
	}

	private static boolean isPortal(String path) {
		return !WebAreas.isWorkbench(path) && !path.equals("/login") && !path.startsWith("/login/");
	}

	/** For an error page, the address that failed rather than {@code /error}. */
	private static String originalPath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String string ? string : request.getRequestURI();
		return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
	}

}
