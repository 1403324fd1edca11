package org.zhengtong.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.content.ChannelGrant;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.content.SiteView;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.organization.UnitChanged;

@Service
class ChannelService implements Channels {

	static final Set<String> LEVELS = Set.of("DRAFT", "REVIEW");

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditManagement audit;

	ChannelService(JdbcClient jdbc, AccountManagement accounts, ApplicationEventPublisher events, Clock clock,
			AuditManagement audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	public List<SiteView> sites() {
		return jdbc.sql("SELECT * FROM content_site ORDER BY path_prefix").query(ChannelService::site).list();
	}

	@Override
	public SiteView site(String code) {
		return jdbc.sql("SELECT * FROM content_site WHERE code = ?").param(code).query(ChannelService::site).single();
	}

	@Override
	public Optional<SiteView> siteAt(String pathPrefix) {
		return jdbc.sql("SELECT * FROM content_site WHERE path_prefix = ?")
			.param(pathPrefix)
			.query(ChannelService::site)
			.optional();
	}

	@Override
	public List<ChannelView> tree(String siteCode) {
		List<ChannelView> all = jdbc.sql("SELECT * FROM content_channel WHERE site_code = ?")
			.param(siteCode)
			.query(ChannelService::channel)
			.list();
		Map<UUID, List<ChannelView>> children = new HashMap<>();
		List<ChannelView> roots = new ArrayList<>();
		for (ChannelView channel : all) {
			if (channel.parentId() == null) {
				roots.add(channel);
			}
			else {
				children.computeIfAbsent(channel.parentId(), (id) -> new ArrayList<>()).add(channel);
			}
		}
		List<ChannelView> ordered = new ArrayList<>();
		walk(roots, children, ordered);
		return ordered;
	}

	private static void walk(List<ChannelView> level, Map<UUID, List<ChannelView>> children, List<ChannelView> out) {
		level.sort(Comparator.comparingInt(ChannelView::sortOrder).thenComparing(ChannelView::name));
		for (ChannelView channel : level) {
			out.add(channel);
			walk(children.getOrDefault(channel.id(), new ArrayList<>()), children, out);
		}
	}

	@Override
	public Optional<ChannelView> find(UUID id) {
		return jdbc.sql("SELECT * FROM content_channel WHERE id = ?")
			.param(id)
			.query(ChannelService::channel)
			.optional();
	}

	@Override
	public Optional<ChannelView> find(String siteCode, String path) {
		return jdbc.sql("SELECT * FROM content_channel WHERE site_code = ? AND path = ? AND active")
			.params(siteCode, path)
			.query(ChannelService::channel)
			.optional();
	}

	@Override
	public List<ChannelView> navigation(String siteCode) {
		return jdbc.sql("""
				SELECT * FROM content_channel WHERE site_code = ? AND in_navigation AND active
				ORDER BY sort_order, name""").param(siteCode).query(ChannelService::channel).list();
	}

	@Override
	@Transactional
	public ChannelView create(String siteCode, @Nullable UUID parentId, String slug, String name, ChannelKind kind,
			@Nullable String linkUrl, int sortOrder, boolean inNavigation, boolean onHomepage, String actor) {
		String cleanSlug = slug.strip().toLowerCase(java.util.Locale.ROOT);
		if (!cleanSlug.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw ContentRefused.badSlug(slug);
		}
		String cleanName = name.strip();
		if (cleanName.isEmpty() || cleanName.length() > 40) {
			throw ContentRefused.nameMissing();
		}
		String link = linkUrl == null || linkUrl.isBlank() ? null : linkUrl.strip();
		if (kind == ChannelKind.LINK && (link == null || !link.matches("https?://\\S+"))) {
			throw ContentRefused.badLink();
		}
		String path = cleanSlug;
		if (parentId != null) {
			ChannelView parent = find(parentId).filter((p) -> p.siteCode().equals(siteCode))
				.orElseThrow(() -> new IllegalArgumentException("No channel " + parentId + " in " + siteCode));
			path = parent.path() + "/" + cleanSlug;
		}
		if (pathTaken(siteCode, path)) {
			throw ContentRefused.slugTaken(path);
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO content_channel (id, site_code, parent_id, slug, path, name, kind, link_url, sort_order,
				    in_navigation, on_homepage, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, siteCode, parentId, cleanSlug, path, cleanName, kind.name(),
					kind == ChannelKind.LINK ? link : null, sortOrder, inNavigation, onHomepage, Timestamp.from(now))
			.update();
		bump(siteCode);
		events.publishEvent(AuditableEvent.succeeded(now, actor, "content.channel-created", "channel", id.toString(),
				"新建栏目 " + cleanName + "（" + siteCode + ":/" + path + "，" + kind + "）"));
		return find(id).orElseThrow();
	}

	@Override
	@Transactional
	public void grant(UUID channel, String username, String level, String actor) {
		if (!LEVELS.contains(level)) {
			throw new IllegalArgumentException("Unknown level " + level);
		}
		ChannelView found = find(channel).orElseThrow(() -> new IllegalArgumentException("No channel " + channel));
		var account = accounts.find(username.strip())
			.filter((a) -> a.kind() == AccountKind.STAFF && a.active())
			.orElseThrow(() -> ContentRefused.unknownAccount(username.strip()));
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO content_channel_grant (channel_id, username, level, granted_by, granted_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (channel_id, username) DO UPDATE SET level = EXCLUDED.level,
				    granted_by = EXCLUDED.granted_by, granted_at = EXCLUDED.granted_at""")
			.params(channel, account.username(), level, actor, Timestamp.from(now))
			.update();
		events.publishEvent(AuditableEvent.succeeded(now, actor, "content.channel-granted", "channel",
				channel.toString(), "授予 " + account.username() + " 在栏目 " + found.name() + " 的"
						+ (level.equals("REVIEW") ? "审核发布" : "撰稿") + "权限"));
	}

	@Override
	@Transactional
	public void revoke(UUID channel, String username, String actor) {
		int removed = jdbc.sql("DELETE FROM content_channel_grant WHERE channel_id = ? AND lower(username) = lower(?)")
			.params(channel, username)
			.update();
		if (removed > 0) {
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "content.channel-revoked", "channel",
					channel.toString(), "收回 " + username + " 在栏目的权限"));
		}
	}

	@Override
	public List<ChannelGrant> grants(UUID channel) {
		return jdbc.sql("SELECT * FROM content_channel_grant WHERE channel_id = ? ORDER BY level DESC, username")
			.param(channel)
			.query((row, number) -> new ChannelGrant(row.getObject("channel_id", UUID.class), row.getString("username"),
					row.getString("level"), row.getString("granted_by"), row.getTimestamp("granted_at").toInstant()))
			.list();
	}

	@Override
	public Optional<String> levelOf(String username, UUID channel) {
		// The nearest grant on the way up: a grant on a channel covers the channels below
		// it.
		return jdbc.sql("""
				WITH RECURSIVE up (id, parent_id, depth) AS (
				    SELECT id, parent_id, 0 FROM content_channel WHERE id = ?
				    UNION ALL
				    SELECT c.id, c.parent_id, up.depth + 1 FROM content_channel c JOIN up ON c.id = up.parent_id)
				SELECT g.level FROM up JOIN content_channel_grant g ON g.channel_id = up.id
				WHERE lower(g.username) = lower(?) ORDER BY up.depth LIMIT 1""")
			.params(channel, username)
			.query(String.class)
			.optional();
	}

	/** Whether a channel of the site, shown or hidden, has the address. */
	private boolean pathTaken(String siteCode, String path) {
		return jdbc.sql("SELECT count(*) FROM content_channel WHERE site_code = ? AND path = ?")
			.params(siteCode, path)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The channel, its row locked until the transaction ends, at the version the form
	 * showed.
	 */
	private ChannelView locked(UUID id, long version) {
		ChannelView channel = jdbc.sql("SELECT * FROM content_channel WHERE id = ? FOR UPDATE")
			.param(id)
			.query(ChannelService::channel)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No channel " + id));
		if (channel.version() != version) {
			throw ContentRefused.channelChanged(channel.name());
		}
		return channel;
	}

	@Override
	@Transactional
	public ChannelView change(UUID id, Settings settings, String actor) {
		ChannelView before = locked(id, settings.version());
		String cleanName = settings.name().strip();
		if (cleanName.isEmpty() || cleanName.length() > 40) {
			throw ContentRefused.nameMissing();
		}
		String link = settings.linkUrl() == null || settings.linkUrl().isBlank() ? null : settings.linkUrl().strip();
		if (before.kind() == ChannelKind.LINK && (link == null || !link.matches("https?://\\S+"))) {
			throw ContentRefused.badLink();
		}
		int order = Math.max(-1000, Math.min(1000, settings.sortOrder()));
		Instant now = clock.instant();
		jdbc.sql("""
				UPDATE content_channel SET name = ?, sort_order = ?, in_navigation = ?, on_homepage = ?, active = ?,
				    link_url = ?, version = version + 1, updated_at = ? WHERE id = ?""")
			.params(cleanName, order, settings.inNavigation(), settings.onHomepage(), settings.active(),
					before.kind() == ChannelKind.LINK ? link : before.linkUrl(), Timestamp.from(now), id)
			.update();
		ChannelView after = find(id).orElseThrow();
		bump(before.siteCode());
		events.publishEvent(AuditableEvent
			.succeeded(now, actor, "content.channel-changed", "channel", id.toString(), "修改栏目 " + cleanName)
			.withChange(describe(before), describe(after)));
		return after;
	}

	@Override
	@Transactional
	public ChannelView shift(UUID id, int direction, String actor) {
		ChannelView channel = find(id).orElseThrow(() -> new IllegalArgumentException("No channel " + id));
		// The siblings in the order the site shows them, locked; numbered 10, 20, 30 … so
		// that equal orders become distinct, then the channel swaps with its neighbour.
		List<ChannelView> siblings = new ArrayList<>(jdbc.sql("""
				SELECT * FROM content_channel WHERE site_code = ? AND parent_id IS NOT DISTINCT FROM ?
				ORDER BY sort_order, name FOR UPDATE""")
			.params(channel.siteCode(), channel.parentId())
			.query(ChannelService::channel)
			.list());
		int at = -1;
		for (int i = 0; i < siblings.size(); i++) {
			if (siblings.get(i).id().equals(id)) {
				at = i;
			}
		}
		int to = at + Integer.signum(direction);
		if (at < 0 || to < 0 || to >= siblings.size() || direction == 0) {
			return channel;
		}
		siblings.add(to, siblings.remove(at));
		Instant now = clock.instant();
		for (int i = 0; i < siblings.size(); i++) {
			jdbc.sql("""
					UPDATE content_channel SET sort_order = ?, version = version + 1, updated_at = ?
					WHERE id = ? AND sort_order <> ?""")
				.params((i + 1) * 10, Timestamp.from(now), siblings.get(i).id(), (i + 1) * 10)
				.update();
		}
		bump(channel.siteCode());
		events.publishEvent(AuditableEvent.succeeded(now, actor, "content.channel-reordered", "channel", id.toString(),
				(direction < 0 ? "上移栏目 " : "下移栏目 ") + channel.name() + "（第 " + (at + 1) + " 位 → 第 " + (to + 1)
						+ " 位）"));
		return find(id).orElseThrow();
	}

	@Override
	@Transactional
	public ChannelView move(UUID id, @Nullable UUID parentId, long version, String actor) {
		ChannelView channel = locked(id, version);
		String newPath = channel.slug();
		String parentName = "—";
		if (parentId != null) {
			ChannelView parent = find(parentId).filter((p) -> p.siteCode().equals(channel.siteCode()))
				.orElseThrow(
						() -> new IllegalArgumentException("No channel " + parentId + " in " + channel.siteCode()));
			if (parent.id().equals(id) || parent.path().startsWith(channel.path() + "/")) {
				audit.recordApart(AuditableEvent
					.succeeded(clock.instant(), actor, "content.channel-moved", "channel", id.toString(),
							"栏目 " + channel.name() + " 不能移到它自己或它的下级栏目 " + parent.name() + " 之下")
					.withOutcome(Outcome.DENIED));
				throw ContentRefused.moveUnderOwn(channel.name(), parent.name());
			}
			newPath = parent.path() + "/" + channel.slug();
			parentName = parent.name();
		}
		if (newPath.equals(channel.path())) {
			return channel;
		}
		if (pathTaken(channel.siteCode(), newPath)) {
			throw ContentRefused.slugTaken(newPath);
		}
		Instant now = clock.instant();
		jdbc.sql("""
				UPDATE content_channel SET path = :path || substr(path, length(:old) + 1)
				WHERE site_code = :site AND (path = :old OR path LIKE :below)""")
			.param("path", newPath)
			.param("old", channel.path())
			.param("site", channel.siteCode())
			// paths hold only a-z, 0-9, '-' and '/': nothing LIKE would read as a pattern
			.param("below", channel.path() + "/%")
			.update();
		jdbc.sql("UPDATE content_channel SET parent_id = ?, version = version + 1, updated_at = ? WHERE id = ?")
			.params(parentId, Timestamp.from(now), id)
			.update();
		bump(channel.siteCode());
		events.publishEvent(AuditableEvent
			.succeeded(now, actor, "content.channel-moved", "channel", id.toString(),
					"移动栏目 " + channel.name() + " 到 " + parentName + " 之下")
			.withChange("/" + channel.path(), "/" + newPath));
		return find(id).orElseThrow();
	}

	@Override
	@Transactional
	public void remove(UUID id, long version, String actor) {
		ChannelView channel = locked(id, version);
		long articles = articleCount(id);
		long children = jdbc.sql("SELECT count(*) FROM content_channel WHERE parent_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		if (articles > 0 || children > 0) {
			audit.recordApart(AuditableEvent
				.succeeded(clock.instant(), actor, "content.channel-removed", "channel", id.toString(),
						"栏目 " + channel.name() + " 不是空栏目（" + articles + " 篇文章，" + children + " 个下级栏目），未删除")
				.withOutcome(Outcome.DENIED));
			throw articles > 0 ? ContentRefused.channelNotEmpty(channel.name(), articles)
					: ContentRefused.channelHasChildren(channel.name(), children);
		}
		int grants = jdbc.sql("DELETE FROM content_channel_grant WHERE channel_id = ?").param(id).update();
		jdbc.sql("DELETE FROM content_channel WHERE id = ?").param(id).update();
		bump(channel.siteCode());
		events.publishEvent(
				AuditableEvent
					.succeeded(clock.instant(), actor, "content.channel-removed", "channel", id.toString(),
							"删除空栏目 " + channel.name() + "（" + channel.siteCode() + ":/" + channel.path() + "，收回 "
									+ grants + " 项权限）")
					.withChange(describe(channel), null));
	}

	@Override
	public long articleCount(UUID channel) {
		return jdbc.sql("SELECT count(*) FROM content_article WHERE channel_id = ?")
			.param(channel)
			.query(Long.class)
			.single();
	}

	/** A channel's settings as the audit log keeps them. */
	private static String describe(ChannelView channel) {
		return "名称=" + channel.name() + "；排序=" + channel.sortOrder() + "；导航=" + (channel.inNavigation() ? "是" : "否")
				+ "；首页=" + (channel.onHomepage() ? "是" : "否") + "；显示=" + (channel.active() ? "是" : "否")
				+ (channel.linkUrl() == null ? "" : "；链接=" + channel.linkUrl());
	}

	/** A new version of the site: its cached pages are stale (on every instance). */
	void bump(String site) {
		// A second later than the last change at least, so that each version has a
		// Last-Modified of its own whatever the clocks of the instances say.
		SiteView bumped = jdbc.sql("""
				UPDATE content_site SET version = version + 1,
				    changed_at = greatest(?, changed_at + interval '1 second') WHERE code = ? RETURNING *""")
			.params(Timestamp.from(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)), site)
			.query(ChannelService::site)
			.single();
		events.publishEvent(new org.zhengtong.content.SiteUpdated(site, bumped.version(), bumped.changedAt()));
	}

	/**
	 * Every site shows unit names (发布机构, the disclosure catalogue): a unit's change makes
	 * their pages stale, in the transaction that changed it.
	 */
	@EventListener
	void unitChanged(UnitChanged event) {
		sites().forEach((site) -> bump(site.code()));
	}

	/** Channels where the account holds a grant, and every channel below them. */
	List<UUID> channelsOf(String username) {
		return jdbc.sql("""
				WITH RECURSIVE down (id) AS (
				    SELECT channel_id FROM content_channel_grant WHERE lower(username) = lower(?)
				    UNION
				    SELECT c.id FROM content_channel c JOIN down ON c.parent_id = down.id)
				SELECT id FROM down""").param(username).query(UUID.class).list();
	}

	private static SiteView site(ResultSet row, int number) throws SQLException {
		return new SiteView(row.getString("code"), row.getString("name"), row.getString("language"),
				row.getString("path_prefix"), row.getLong("version"), row.getTimestamp("changed_at").toInstant());
	}

	private static ChannelView channel(ResultSet row, int number) throws SQLException {
		String path = row.getString("path");
		return new ChannelView(row.getObject("id", UUID.class), row.getString("site_code"),
				row.getObject("parent_id", UUID.class), row.getString("slug"), path, row.getString("name"),
				ChannelKind.valueOf(row.getString("kind")), row.getString("link_url"), row.getInt("sort_order"),
				row.getBoolean("in_navigation"), row.getBoolean("on_homepage"), row.getBoolean("active"),
				(int) path.chars().filter((c) -> c == '/').count(), row.getLong("version"));
	}

}
