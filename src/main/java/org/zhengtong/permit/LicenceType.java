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
	FOOD_BUSINESS("food-business", "JY{year}{n:6}", 5,
			Field.optional("businessName", "business_name", "trade_name", "shop_name"),
			Field.required("premises", "premises", "business_address", "address", "site"),
			Field.required("businessType", "business_type", "business_form", "business_category", "business_kind"),
			Field.required("scope", "scope", "business_scope", "business_items"),
			Field.required("legalRepresentative", "legal_representative", "responsible_person")),

	/** 公共场所卫生许可证 (公共场所卫生管理条例实施细则: 4 years). */
	PUBLIC_HEALTH("public-health", "WS{year}{n:6}", 4,
			Field.optional("businessName", "place_name", "unit_name", "business_name", "trade_name"),
			Field.required("premises", "premises", "place_address", "address", "location"),
			Field.required("scope", "scope", "licensed_items", "place_kind", "supply_kind"),
			Field.required("legalRepresentative", "legal_representative", "responsible_person")),

	/** 道路运输经营许可证 (道路运输条例: the holder's business scope; 4 years here). */
	ROAD_TRANSPORT("road-transport", "DY{year}{n:6}", 4, Field.optional("businessName", "business_name", "trade_name"),
			Field.required("premises", "premises", "business_address", "address"),
			Field.required("scope", "scope", "business_scope", "operation"),
			Field.required("legalRepresentative", "legal_representative", "responsible_person"));

	/**
	 * A field of the licence template and the keys of a guide's form fields that mean the
	 * same (the 发证 page is prefilled from the first answered one).
	 *
	 * @param key the template's key ({@code permit.licence.field.<key>} names it)
	 * @param required whether every licence of the type states it; an optional one is
	 * left out of the licence when blank
	 * @param answers the form keys of the same meaning, the likeliest first
	 */
	public record Field(String key, boolean required, List<String> answers) {

		static Field required(String key, String... answers) {
			return new Field(key, true, List.of(answers));
		}

		static Field optional(String key, String... answers) {
			return new Field(key, false, List.of(answers));
		}

	}

	private final String code;

	private final String pattern;

	private final int validityYears;

	private final List<Field> template;

	LicenceType(String code, String pattern, int validityYears, Field... template) {
		this.code = code;
		this.pattern = pattern;
		this.validityYears = validityYears;
		this.template = List.of(template);
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
		return template.stream().map(Field::key).toList();
	}

	/**
	 * The template's fields with what they are prefilled from, in the licence's order.
	 */
	public List<Field> template() {
		return template;
	}

	/**
	 * Whether every licence of the type states this field (else: left out when blank).
	 */
	public boolean requires(String key) {
		return template.stream().anyMatch((field) -> field.key().equals(key) && field.required());
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
