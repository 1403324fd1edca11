package org.zhengtong.permit.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which items have a published guide in force (for the search index's rebuild). */
@Repository
class GuideRecords {

	private final JdbcClient jdbc;

	GuideRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ids of items offered with a published guide, after {@code afterItem}, in order. */
	List<Long> publishedAfter(long afterItem, int limit) {
		return jdbc.sql("""
				SELECT i.id FROM permit_item i JOIN permit_guide g ON g.item_id = i.id AND g.state = 'PUBLISHED'
				WHERE NOT i.withdrawn AND i.id > ? ORDER BY i.id LIMIT ?""")
			.params(afterItem, limit)
			.query(Long.class)
			.list();
	}

	/** How many items are offered with a published guide. */
	long publishedCount() {
		return jdbc.sql("""
				SELECT count(*) FROM permit_item i JOIN permit_guide g ON g.item_id = i.id AND g.state = 'PUBLISHED'
				WHERE NOT i.withdrawn""").query(Long.class).single();
	}

}
