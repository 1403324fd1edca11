package org.zhengtong.content.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.content.DeskFilter;
import org.zhengtong.content.DeskItem;
import org.zhengtong.content.DeskList;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccountManagement;
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

	private final AccountManagement accounts;

	private final Clock clock;

	DeskQueries(JdbcClient jdbc, ChannelService channels, AccountManagement accounts, Clock clock) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.accounts = accounts;
		this.clock = clock;
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
			case ALL -> list
				.where("(a.channel_id = ANY(:channels) OR EXISTS (SELECT 1 FROM content_revision m "
						+ "WHERE m.article_id = a.id AND lower(m.drafter) = lower(:actor)))")
				.param("channels", workedIn(actor))
				.param("actor", actor);
		}
		String title = filter.title() == null ? null : filter.title().toLowerCase(Locale.ROOT);
		list.defaultSort(which.defaultSort())
			// the title, or the text without its markup
			.filter("(lower(r.title) LIKE :title ESCAPE '\\' OR lower(regexp_replace(r.body, '<[^>]*>', '', 'g')) "
					+ "LIKE :title ESCAPE '\\')", "title", ListQuery.containing(title))
			.filter("a.channel_id = :channel", "channel", filter.channel());
		if (filter.state() != null) {
			switch (filter.state()) {
				case PUBLISHED, WITHDRAWN ->
					list.where("a.state = :article_state").param("article_state", filter.state().name());
				default -> list.where(
						"EXISTS (SELECT 1 FROM content_revision o WHERE o.article_id = a.id AND o.state = :open_state)")
					.param("open_state", filter.state().name());
			}
		}
		if (filter.writer() != null && !filter.writer().isBlank()) {
			list.where("lower(r.drafter) = ANY(:writers)").param("writers", writers(filter.writer()));
		}
		ZoneId zone = clock.getZone();
		LocalDate from = filter.from();
		LocalDate to = filter.to();
		if (from != null && to != null && from.isAfter(to)) {
			throw ContentRefused.datesReversed(from, to);
		}
		return list
			.filter("r.updated_at >= :changed_from", "changed_from",
					from == null ? null : Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.filter("r.updated_at < :changed_to", "changed_to",
					to == null ? null : Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
	}

	/**
	 * The user names (in lower case) of the accounts whose name or user name contains the
	 * text: drafters are kept by user name, people look for them by name.
	 */
	private String[] writers(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT);
		java.util.Set<String> names = new java.util.HashSet<>();
		names.add(lower);
		accounts.search(text.strip(), AccessScope.everything(), 200)
			.forEach((account) -> names.add(account.username().toLowerCase(Locale.ROOT)));
		return names.toArray(String[]::new);
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
