package org.zhengtong.content.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.content.RevisionView;

/**
 * 预览链接: an unguessable link (256 random bits) that shows one revision, as it would appear
 * on the site, to whoever opens it within {@link #VALID} — the leader who signs it off,
 * the office that asked for it — without an account. Only its hash is stored.
 */
@Component
class PreviewLinks {

	static final Duration VALID = Duration.ofDays(7);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final ChannelService channels;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditManagement audit;

	PreviewLinks(JdbcClient jdbc, ChannelService channels, ApplicationEventPublisher events, Clock clock,
			AuditManagement audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.channels = channels;
		this.events = events;
		this.clock = clock;
	}

	/** A new link to the revision, for its drafter or someone of its channel. */
	@Transactional
	String share(RevisionView revision, String actor) {
		ChannelView channel = channels.find(revision.channelId()).orElseThrow();
		if (!revision.drafter().equalsIgnoreCase(actor) && channels.levelOf(actor, channel.id()).isEmpty()) {
			audit
				.recordApart(DeskGuards.denial(clock.instant(), actor, "content.preview-shared", revision.articleId()));
			throw ContentRefused.notDraftable(channel.name());
		}
		if (!revision.open()) {
			// What is or was on the site is not shown through a link.
			throw ContentRefused.wrongState(revision.state());
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		Instant expires = now.plus(VALID);
		jdbc.sql("""
				INSERT INTO content_preview (token_hash, revision_id, created_by, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(hash(token), revision.id(), actor, Timestamp.from(now), Timestamp.from(expires))
			.update();
		events.publishEvent(AuditableEvent.succeeded(now, actor, "content.preview-shared", "article",
				Long.toString(revision.articleId()),
				actor + " 生成《" + revision.title() + "》第 " + revision.number() + " 稿的预览链接，" + VALID.toDays() + " 天内有效"));
		return token;
	}

	/**
	 * The revision a link shows, while the link is valid and the revision not yet
	 * decided: once published (or superseded) it is no longer a preview.
	 */
	Optional<Long> revisionOf(String token) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		return jdbc
			.sql("""
					SELECT p.revision_id FROM content_preview p JOIN content_revision r ON r.id = p.revision_id
					WHERE p.token_hash = ? AND p.expires_at > ? AND r.state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SCHEDULED')""")
			.params(hash(token), Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
