package org.zhengtong.permit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.PermitTheme;

/**
 * The addresses of the 办事服务 list with one filter changed and the others kept; a filter
 * left unset is left out of the address.
 */
public record ServiceLinks(String prefix, @Nullable Audience kind, @Nullable PermitTheme theme, @Nullable UUID unit,
		@Nullable String q) {

	public String kind(@Nullable String value) {
		return link(value, theme == null ? null : theme.name(), unit, q);
	}

	public String theme(@Nullable Object value) {
		return link(kind == null ? null : kind.name(), value == null ? null : value.toString(), unit, q);
	}

	public String unit(@Nullable Object value) {
		return link(kind == null ? null : kind.name(), theme == null ? null : theme.name(),
				value == null ? null : UUID.fromString(value.toString()), q);
	}

	private String link(@Nullable String kindValue, @Nullable String themeValue, @Nullable UUID unitValue,
			@Nullable String text) {
		StringBuilder link = new StringBuilder(prefix).append("/services");
		char separator = '?';
		if (kindValue != null) {
			link.append(separator).append("kind=").append(kindValue);
			separator = '&';
		}
		if (themeValue != null) {
			link.append(separator).append("theme=").append(themeValue);
			separator = '&';
		}
		if (unitValue != null) {
			link.append(separator).append("unit=").append(unitValue);
			separator = '&';
		}
		if (text != null) {
			link.append(separator).append("q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
		}
		return link.toString();
	}

}
