package org.zhengtong.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Screens show words, never codes (issue 17): every HTML page a test fetches through the
 * shared helpers ({@link Http}, {@link BrowserlessSession},
 * {@link BrowserTestSupport#open}, and MockMvc in {@link IntegrationTest}s) is checked
 * for unresolved messages ({@code ??key_zh_CN??}) and for codes people cannot read, in
 * its text and in the attributes people read (title, aria-label, placeholder, alt).
 */
public final class PageWords {

	/** What a person should never read on a page, by why. */
	static final Map<String, Pattern> CODES = Map.of("unresolved message",
			Pattern.compile("\\?\\?[^?\\s]{1,200}\\?\\?"), "role code",
			Pattern.compile(
					"(?<![A-Za-z0-9_])(SYSTEM_ADMIN|SECURITY_ADMIN|AUDIT_ADMIN|UNIT_ADMIN|RA_OPERATOR|SITE_ADMIN)(?![A-Za-z0-9_])"),
			"MIME type", Pattern.compile("(?<![A-Za-z0-9/])(application|image|audio|video)/[a-z0-9][a-z0-9.+-]+"),
			"audit action code",
			Pattern.compile(
					"(?<![A-Za-z0-9./])(identity|content|casework|organization|pki|calendar|audit|notification|security)\\.[a-z]+(?:-[a-z]+)+(?![A-Za-z0-9./-])|(?<![A-Za-z0-9./])identity\\.login(?![A-Za-z0-9./-])"),
			"record toString", Pattern.compile("[A-Z][A-Za-z]+(?:Query|Filter|Form|View|Command)\\[[a-z]+="),
			"object type with a UUID",
			Pattern.compile("(?<![A-Za-z])(account|article|channel|unit|department|post) [0-9a-f]{8}-[0-9a-f]{4}-"),
			"IPv6 address in long form", Pattern.compile("0:0:0:0:0:0:0:1|0:0:0:0:0:ffff:"), "picture by hash",
			Pattern.compile("\\[图片 [0-9a-f]{8}(?:-|[0-9a-f]{8})"));

	private static final Pattern HIDDEN = Pattern
		.compile("(?is)<(script|style|template|textarea)\\b.*?</\\1>|<!--.*?-->");

	private static final Pattern READ_ATTRIBUTE = Pattern
		.compile("(?i)\\s(?:title|aria-label|placeholder|alt)\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

	private PageWords() {
	}

	/** What people read on the page: its text and the attributes read out. */
	static String readable(String html) {
		String shown = HIDDEN.matcher(html).replaceAll(" ");
		StringBuilder text = new StringBuilder();
		Matcher attributes = READ_ATTRIBUTE.matcher(shown);
		while (attributes.find()) {
			text.append(attributes.group(1)).append('\n');
		}
		text.append(TAG.matcher(shown).replaceAll(" "));
		return HtmlUtils.htmlUnescape(text.toString());
	}

	/** Every code found in the page, with what it is; empty for a page in words. */
	public static List<String> codesIn(String html) {
		String text = readable(html);
		List<String> found = new ArrayList<>();
		CODES.forEach((why, pattern) -> {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				int from = Math.max(0, matcher.start() - 30);
				int to = Math.min(text.length(), matcher.end() + 30);
				found.add(why + ": \"" + matcher.group() + "\" in \"…"
						+ text.substring(from, to).replaceAll("\\s+", " ") + "…\"");
			}
		});
		return found;
	}

	/** Fails when an HTML page shows a code; anything else passes unread. */
	public static void check(String where, String contentType, String body) {
		if (contentType == null || !contentType.toLowerCase().startsWith("text/html")) {
			return;
		}
		List<String> codes = codesIn(body);
		if (!codes.isEmpty()) {
			throw new AssertionError(
					where + " shows codes instead of words (issue 17):\n  " + String.join("\n  ", codes));
		}
	}

}
