package org.zhengtong.content;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.shared.PageOf;

/**
 * 政府信息公开: the catalogue of published disclosure items (articles of disclosure channels),
 * by unit and topic, with their 索引号, validity and interpretations.
 */
public interface Disclosures {

	/** What the catalogue is filtered by; {@code null} means any. */
	record Filter(String site, @Nullable UUID unit, @Nullable DisclosureTopic topic, @Nullable DisclosureKind kind,
			@Nullable UUID channel) {
	}

	/** Published items, newest first. */
	PageOf<DisclosureItem> catalogue(Filter filter, int page, int size);

	/** How many published items each unit has on the site, by name. */
	Map<UUID, Long> unitCounts(String site);

	/** How many published items each topic has on the site (for one unit, or all). */
	Map<DisclosureTopic, Long> topicCounts(String site, @Nullable UUID unit);

	/** The published item of this article, if it is one. */
	Optional<DisclosureItem> item(long article);

	/** The published 政策解读 of a policy. */
	List<DisclosureItem> interpretationsOf(long article);

	/** Those of these articles that are repealed or no longer valid disclosure items. */
	List<DisclosureItem> notValidAmong(Collection<Long> articles);

	/**
	 * The active disclosure channels in which the account may draft (撰稿 or 审核发布 there or
	 * above), site by site in tree order: where another desk starts an item for it, such
	 * as 依申请转主动 (政府信息公开条例 art. 44). Empty when it may draft in none.
	 */
	List<ChannelView> draftableChannels(String username);

	/** The elements given to a revision, if any. */
	Optional<DisclosureFields> fields(long revision);

	/**
	 * Marks a published item 有效, 失效 or 废止 (a reviewer of its channel), from a day on,
	 * with a note such as the repealing document; every page that links to it then says
	 * so.
	 */
	DisclosureItem changeValidity(long article, Validity validity, LocalDate on, String note, String actor);

}
