package org.zhengtong.content.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.content.DeskItem;

/**
 * The desk's lists: my drafts, what waits for my review, what is scheduled and what was
 * published lately in the channels one works in (at most 200 lines each).
 */
@Component
class DeskQueries {

	private final JdbcClient jdbc;

	private final ChannelService channels;

	DeskQueries(JdbcClient jdbc, ChannelService channels) {
		this.jdbc = jdbc;
		this.channels = channels;
	}

	List<DeskItem> mine(String actor) {
		return jdbc.sql(ArticleRows.DESK + """
				WHERE r.state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SCHEDULED') AND lower(r.drafter) = lower(?)
				ORDER BY r.updated_at DESC LIMIT 200""").param(actor).query(ArticleRows::desk).list();
	}

	List<DeskItem> toReview(String actor) {
		List<UUID> reviewable = channels.channelsOf(actor)
			.stream()
			.filter((channel) -> channels.mayReview(actor, channel))
			.toList();
		return jdbc.sql(ArticleRows.DESK + """
				WHERE r.state = 'SUBMITTED' AND lower(r.drafter) <> lower(:actor) AND a.channel_id = ANY(:channels)
				ORDER BY r.submitted_at LIMIT 200""")
			.param("actor", actor)
			.param("channels", reviewable.toArray(UUID[]::new))
			.query(ArticleRows::desk)
			.list();
	}

	List<DeskItem> scheduled(String actor) {
		return jdbc.sql(ArticleRows.DESK + """
				WHERE r.state = 'SCHEDULED' AND a.channel_id = ANY(:channels) ORDER BY r.publish_at LIMIT 200""")
			.param("channels", channels.channelsOf(actor).toArray(UUID[]::new))
			.query(ArticleRows::desk)
			.list();
	}

	List<DeskItem> recentlyPublished(String actor, int limit) {
		return jdbc
			.sql(ArticleRows.DESK.replace("r.id = (SELECT max(id) FROM content_revision WHERE article_id = a.id)",
					"r.id = a.published_revision") + """
							WHERE a.state = 'PUBLISHED' AND a.channel_id = ANY(:channels)
							ORDER BY a.published_at DESC LIMIT :limit""")
			.param("channels", channels.channelsOf(actor).toArray(UUID[]::new))
			.param("limit", limit)
			.query(ArticleRows::desk)
			.list();
	}

}
