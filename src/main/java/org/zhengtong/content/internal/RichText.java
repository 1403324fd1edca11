package org.zhengtong.content.internal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What an article's body may hold: text structure, links, images and tables — no script,
 * no event handlers, no styles, no frames, no forms (OWASP HTML Sanitizer, applied on
 * every save).
 */
final class RichText {

	static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup", "ul", "ol", "li",
				"blockquote", "hr", "pre", "code", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
				"figure", "figcaption", "a", "img")
		.allowUrlProtocols("https", "http", "mailto")
		.allowAttributes("href", "title")
		.onElements("a")
		.requireRelNofollowOnLinks()
		.allowAttributes("src", "alt", "width", "height")
		.onElements("img")
		.allowAttributes("colspan", "rowspan", "scope")
		.onElements("th", "td")
		.toFactory();

	private RichText() {
	}

	static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/**
	 * Plain text (no tag at all) becomes paragraphs, one per block of lines separated by
	 * an empty line; HTML stays as it is.
	 */
	static String paragraphs(String text) {
		if (text.contains("<")) {
			return text;
		}
		StringBuilder html = new StringBuilder();
		for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
			if (!block.isBlank()) {
				html.append("<p>")
					.append(org.springframework.web.util.HtmlUtils.htmlEscape(block.strip()).replace("\n", "<br>"))
					.append("</p>");
			}
		}
		return html.toString();
	}

}
