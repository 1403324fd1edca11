package org.zhengtong.permit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * 证照类型: what a licence says and how long it holds. Kept in code rather than a table: each
 * type comes with its PDF/OFD layout, its number counter and its messages (field labels
 * in Chinese and English), so a new type is a release anyway; a table would only let
 * someone change a validity period that is set by regulation.
 * <p>
 * A type's numbers come from the core's gap-free counter {@link #numberScope()}, written
 * by {@link #pattern()} ({@code JY2026000001}); field labels are the messages
 * {@code permit.licence.field.<key>}, names {@code permit.licence.type.<code>}.
 */
public enum LicenceType {

	/** 食品经营许可证 (食品经营许可和备案管理办法: 5 years). */
	FOOD_BUSINESS("food-business", "JY{year}{n:6}", 5, "premises", "businessType", "scope", "legalRepresentative"),

	/** 公共场所卫生许可证 (公共场所卫生管理条例实施细则: 4 years). */
	PUBLIC_HEALTH("public-health", "WS{year}{n:6}", 4, "premises", "scope", "legalRepresentative"),

	/** 道路运输经营许可证 (道路运输条例: the holder's business scope; 4 years here). */
	ROAD_TRANSPORT("road-transport", "DY{year}{n:6}", 4, "premises", "scope", "legalRepresentative");

	private final String code;

	private final String pattern;

	private final int validityYears;

	private final List<String> fields;

	LicenceType(String code, String pattern, int validityYears, String... fields) {
		this.code = code;
		this.pattern = pattern;
		this.validityYears = validityYears;
		this.fields = List.of(fields);
	}

	/** The code used in addresses, the catalogue and the counter's scope. */
	public String code() {
		return code;
	}

	/** The number's pattern ({@link org.zhengtong.casework.NumberPattern}). */
	public String pattern() {
		return pattern;
	}

	/** The core counter's scope: {@code permit.licence.<code>}. */
	public String numberScope() {
		return "permit.licence." + code;
	}

	/** Years the licence holds from its first day; 0 for no limit. */
	public int validityYears() {
		return validityYears;
	}

	/** The template's field keys, in the order the licence shows them. */
	public List<String> fields() {
		return fields;
	}

	/**
	 * The last day of a licence valid from {@code from}: the day before the same date
	 * {@link #validityYears} later, or {@code null} without a limit.
	 */
	public @Nullable LocalDate validTo(LocalDate from) {
		return validityYears == 0 ? null : from.plusYears(validityYears).minusDays(1);
	}

	/** The message key of the type's name. */
	public String messageKey() {
		return "permit.licence.type." + code;
	}

	public static Optional<LicenceType> byCode(@Nullable String code) {
		return Arrays.stream(values()).filter((type) -> type.code.equals(code)).findFirst();
	}

}
