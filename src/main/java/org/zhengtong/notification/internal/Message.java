package org.zhengtong.notification.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 消息: one thing a person was told, in the language they read, read or not yet. */
@Entity
@Table(name = "notification_message")
public class Message {

	@Id
	private UUID id;

	@Column(name = "recipient_id")
	private UUID recipientId;

	@Column(name = "event_type")
	private String eventType;

	@Column(name = "event_key")
	private String eventKey;

	private String title;

	private String body;

	private @Nullable String link;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	@Column(name = "in_app")
	private boolean inApp;

	private boolean digest;

	@Column(name = "digested_at")
	private @Nullable Instant digestedAt;

	@Version
	private long version;

	protected Message() {
		this.id = UUID.randomUUID();
		this.recipientId = id;
		this.eventType = "";
		this.eventKey = "";
		this.title = "";
		this.body = "";
		this.createdAt = Instant.EPOCH;
	}

	Message(UUID recipientId, NotificationType type, String eventKey, String title, String body, @Nullable String link,
			Instant createdAt, boolean inApp, boolean digest) {
		this.id = UUID.randomUUID();
		this.recipientId = recipientId;
		this.eventType = type.name();
		this.eventKey = eventKey;
		this.title = title;
		this.body = body;
		this.link = link;
		this.createdAt = createdAt;
		this.inApp = inApp;
		this.digest = digest;
	}

	/** Marks the message read, the first time only. */
	void read(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	public UUID getId() {
		return id;
	}

	public UUID getRecipientId() {
		return recipientId;
	}

	public String getEventType() {
		return eventType;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public @Nullable String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getReadAt() {
		return readAt;
	}

	public boolean isRead() {
		return readAt != null;
	}

	boolean isInApp() {
		return inApp;
	}

	boolean isDigest() {
		return digest;
	}

}
