package org.zhengtong.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A published disclosure item as the catalogue lists it.
 *
 * @param indexNumber 索引号
 * @param unitName 发布机构, its name on the day of publication (and its English name)
 * @param validityOn when it became 失效 or 废止
 * @param interprets for a 政策解读: the policy it explains
 * @param path the item's page on its site
 * @param issuer 发布机构 not of this city, as written (see
 * {@link DisclosureFields#issuer()}); {@code null} when the unit issued it
 */
public record DisclosureItem(long articleId, String title, String path, String indexNumber, UUID unitId,
		String unitName, String unitEnglishName, DisclosureTopic topic, DisclosureKind kind,
		@Nullable String documentNumber, @Nullable LocalDate writtenOn, Instant publishedAt, Validity validity,
		@Nullable LocalDate validityOn, @Nullable String validityNote, @Nullable Long interprets,
		@Nullable String issuer) {

	public DisclosureItem(long articleId, String title, String path, String indexNumber, UUID unitId, String unitName,
			String unitEnglishName, DisclosureTopic topic, DisclosureKind kind, @Nullable String documentNumber,
			@Nullable LocalDate writtenOn, Instant publishedAt, Validity validity, @Nullable LocalDate validityOn,
			@Nullable String validityNote, @Nullable Long interprets) {
		this(articleId, title, path, indexNumber, unitId, unitName, unitEnglishName, topic, kind, documentNumber,
				writtenOn, publishedAt, validity, validityOn, validityNote, interprets, null);
	}

	/** Whether a body that is not a unit of this city issued it. */
	public boolean foreign() {
		return issuer != null;
	}

	/**
	 * 发布机构 as the catalogue names it: the foreign issuer as written, else the unit's name
	 * (its English name on the English site).
	 */
	public String issuerName(boolean english) {
		if (issuer != null) {
			return issuer;
		}
		return english ? unitEnglishName : unitName;
	}

	public boolean valid() {
		return validity == Validity.VALID;
	}

	/** What cites it: its 发文字号 (if any) and 索引号. */
	public String reference() {
		return documentNumber == null ? indexNumber : documentNumber + " " + indexNumber;
	}

}
