package org.zhengtong.permit.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.PermitTheme;

/**
 * Writes new items with their first guide version, for the demo catalogue and the
 * spreadsheet import (the catalogue desk has its own service for what people do one item
 * at a time). Goes through the entities' own steps — draft, submit, publish — so what it
 * writes is what the desk would have made. Callers hold the transaction.
 */
@Component
class CatalogueWriter {

	private final PermitItems items;

	private final Guides guides;

	CatalogueWriter(PermitItems items, Guides guides) {
		this.items = items;
		this.guides = guides;
	}

	/** A new item and its first guide version, a DRAFT by {@code by}. */
	@Transactional(propagation = Propagation.MANDATORY)
	Guide draft(String code, UUID department, Audience audience, PermitTheme theme, GuideContent content, String by,
			Instant at) {
		PermitItem item = items.save(new PermitItem(code, department, audience, theme, by, at));
		return guides.save(new Guide(item.id(), 1, content, by, at));
	}

	/** Sends the draft for review. */
	@Transactional(propagation = Propagation.MANDATORY)
	Guide submit(Guide draft, String by, Instant at) {
		draft.submit(by, at);
		return draft;
	}

	/**
	 * Publishes a submitted version of a new item (nothing in force to supersede),
	 * reviewed by {@code reviewer}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Guide publish(Guide submitted, String reviewer, Instant at) {
		submitted.publish(null, reviewer, at);
		return submitted;
	}

}
