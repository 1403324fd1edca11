package org.zhengtong.content.internal;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.content.DeskFilter;
import org.zhengtong.content.DeskItem;
import org.zhengtong.content.DeskList;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The desk's lists: my drafts, what waits for my review, what is scheduled and what was
 * published in the channels one works in; each filtered by title and channel, sorted,
 * paged, and counted through {@link ListQuery}.
 */
@Component
class DeskQueries {

	private final JdbcClient jdbc;

	private final ChannelService channels;

	DeskQueries(JdbcClient jdbc, ChannelService channels) {
		this.jdbc = jdbc;
		this.channels = channels;
	}

	PageOf<DeskItem> page(DeskList which, String actor, DeskFilter filter, @Nullable ListSort sort, int page,
			int size) {
		return list(which, actor, filter).page(jdbc, sort, page, size, ArticleRows::desk);
	}

	/**
	 * The list: an article with its newest revision (its published one for
	 * {@link DeskList#PUBLISHED}); the revision's id breaks ties, one line per article.
	 */
	ListQuery list(DeskList which, String actor, DeskFilter filter) {
		ListQuery list = ListQuery
			.select(ArticleRows.DESK_COLUMNS,
					which == DeskList.PUBLISHED ? ArticleRows.DESK_PUBLISHED_FROM : ArticleRows.DESK_FROM)
			.sortable("title", "r.title")
			.sortable("channel", "c.name")
			.sortable("updated", "r.updated_at")
			.tieBreaker("r.id");
		switch (which) {
			case MINE -> list.where(
					"r.state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SCHEDULED') AND lower(r.drafter) = lower(:actor)")
				.param("actor", actor);
			case TO_REVIEW -> list
				.where("r.state = 'SUBMITTED' AND lower(r.drafter) <> lower(:actor) AND a.channel_id = ANY(:channels)")
				.param("actor", actor)
				.param("channels", reviewable(actor))
				.sortable("submitted", "r.submitted_at");
			case SCHEDULED -> list.where("r.state = 'SCHEDULED' AND a.channel_id = ANY(:channels)")
				.param("channels", workedIn(actor))
				.sortable("publishAt", "r.publish_at");
			case PUBLISHED -> list.where("a.state = 'PUBLISHED' AND a.channel_id = ANY(:channels)")
				.param("channels", workedIn(actor))
				.sortable("published", "a.published_at");
		}
		String title = filter.title() == null ? null : filter.title().toLowerCase(Locale.ROOT);
		return list.defaultSort(which.defaultSort())
			.filterContains("lower(r.title)", "title", title)
			.filter("a.channel_id = :channel", "channel", filter.channel());
	}

	private UUID[] workedIn(String actor) {
		return channels.channelsOf(actor).toArray(UUID[]::new);
	}

	private UUID[] reviewable(String actor) {
		return channels.channelsOf(actor)
			.stream()
			.filter((channel) -> channels.mayReview(actor, channel))
			.toArray(UUID[]::new);
	}

}
