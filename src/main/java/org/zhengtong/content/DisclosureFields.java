package org.zhengtong.content;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The catalogue elements an editor gives an article in a disclosure channel.
 *
 * @param unit 发布机构, a unit with a 统一社会信用代码 (the 索引号 is built from it)
 * @param documentNumber 发文字号 such as 秦政发〔2026〕7号, if the item is a numbered document
 * @param writtenOn 成文日期, if known
 * @param interprets for a 政策解读: the published policy it explains
 * @param issuer 发布机构 when it is not a unit of this city (a province's or another city's
 * document republished for reference): named as written; {@code null} when {@code unit}
 * issued it. {@code unit} still holds and numbers the item.
 */
public record DisclosureFields(UUID unit, DisclosureTopic topic, DisclosureKind kind, @Nullable String documentNumber,
		@Nullable LocalDate writtenOn, @Nullable Long interprets, @Nullable String issuer) {

	/** Elements of an item the holding unit issued itself. */
	public DisclosureFields(UUID unit, DisclosureTopic topic, DisclosureKind kind, @Nullable String documentNumber,
			@Nullable LocalDate writtenOn, @Nullable Long interprets) {
		this(unit, topic, kind, documentNumber, writtenOn, interprets, null);
	}

}
