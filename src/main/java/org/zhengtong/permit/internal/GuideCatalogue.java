package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.permit.GuideEntry;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.PublishedGuides;

/**
 * The guides in force of items still offered, as the portal shows them: the public page
 * of an item and the copy search keeps.
 */
@Component
@Transactional(readOnly = true)
public class GuideCatalogue implements PublishedGuides {

	private final PermitItems items;

	private final Guides guides;

	private final UnitManagement units;

	private final GuideRecords records;

	private final Clock clock;

	GuideCatalogue(PermitItems items, Guides guides, UnitManagement units, GuideRecords records, Clock clock) {
		this.items = items;
		this.guides = guides;
		this.units = units;
		this.records = records;
		this.clock = clock;
	}

	/** An item offered now and its guide in force. */
	public record Offered(PermitItem item, Guide guide) {
	}

	/** The item under this code with its guide in force, if it is offered now. */
	public Optional<Offered> offered(String code) {
		return items.findByCode(code)
			.filter((item) -> !item.withdrawn())
			.flatMap((item) -> guides.findByItemIdAndState(item.id(), GuideState.PUBLISHED)
				.map((guide) -> new Offered(item, guide)));
	}

	/** A unit's name today (its English name on the English site). */
	public String unitName(UUID unit, boolean english) {
		return units.find(unit, LocalDate.now(clock))
			.map(UnitView::names)
			.map((names) -> english ? names.englishName() : names.fullName())
			.orElse("");
	}

	@Override
	public Optional<GuideEntry> published(long itemId) {
		return items.findById(itemId)
			.filter((item) -> !item.withdrawn())
			.flatMap((item) -> guides.findByItemIdAndState(itemId, GuideState.PUBLISHED)
				.map((guide) -> entry(item, guide)));
	}

	@Override
	public List<GuideEntry> publishedAfter(long afterItem, int limit) {
		List<Long> ids = records.publishedAfter(afterItem, limit);
		return ids.stream().map(this::published).flatMap(Optional::stream).toList();
	}

	@Override
	public long publishedCount() {
		return records.publishedCount();
	}

	private GuideEntry entry(PermitItem item, Guide guide) {
		return new GuideEntry(item.id(), item.code(), guide.name(), guide.synonyms(), guide.conditions(), guide.basis(),
				unitName(item.departmentId(), false),
				guide.effectiveFrom() == null ? guide.draftedAt() : guide.effectiveFrom());
	}

}
