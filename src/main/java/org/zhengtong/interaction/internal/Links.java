package org.zhengtong.interaction.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links in what the public writes: {@code http(s)://…}, {@code www.…} and bare domain
 * names ({@code example.com}, {@code 某某.cn/x}), but not e-mail addresses. A link to one
 * of the allowed hosts (the portal's own) or below one of them is left alone.
 */
final class Links {

	private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.)([^\\s/?#<>\"'，。；、）)]+)"
			+ "|(?<![@\\w.-])((?:[a-z0-9-]+\\.)+(?:com|cn|net|org|info|top|xyz|cc|io|me|biz|vip|shop|site|online"
			+ "|club|app|link|tk|ru|co))(?![\\w-])");

	private Links() {
	}

	/** The hosts of the links in the texts that are not allowed, in order. */
	static Set<String> foreignHosts(List<String> texts, Collection<String> allowed) {
		Set<String> hosts = new TreeSet<>();
		for (String text : texts) {
			Matcher matcher = LINK.matcher(text);
			while (matcher.find()) {
				String host = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).toLowerCase(Locale.ROOT);
				if (matcher.group(1) != null && matcher.group().toLowerCase(Locale.ROOT).startsWith("www.")) {
					host = "www." + host;
				}
				int port = host.indexOf(':');
				if (port >= 0) {
					host = host.substring(0, port);
				}
				if (!allowedHost(host, allowed)) {
					hosts.add(host.length() > 60 ? host.substring(0, 60) : host);
				}
			}
		}
		return hosts;
	}

	private static boolean allowedHost(String host, Collection<String> allowed) {
		for (String ok : allowed) {
			String lower = ok.toLowerCase(Locale.ROOT);
			if (host.equals(lower) || host.endsWith("." + lower)) {
				return true;
			}
		}
		return false;
	}

}
