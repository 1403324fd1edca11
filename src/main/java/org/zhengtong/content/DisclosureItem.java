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
 */
public record DisclosureItem(long articleId, String title, String path, String indexNumber, UUID unitId,
		String unitName, String unitEnglishName, DisclosureTopic topic, DisclosureKind kind,
		@Nullable String documentNumber, @Nullable LocalDate writtenOn, Instant publishedAt, Validity validity,
		@Nullable LocalDate validityOn, @Nullable String validityNote, @Nullable Long interprets) {

	public boolean valid() {
		return validity == Validity.VALID;
	}

	/** What cites it: its 发文字号 (if any) and 索引号. */
	public String reference() {
		return documentNumber == null ? indexNumber : documentNumber + " " + indexNumber;
	}

}
