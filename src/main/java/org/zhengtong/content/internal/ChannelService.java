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
import org.zhengtong.audit.AuditableEvent;
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

	ChannelService(JdbcClient jdbc, AccountManagement accounts, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
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
		if (find(siteCode, path).isPresent()) {
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
				(int) path.chars().filter((c) -> c == '/').count());
	}

}
