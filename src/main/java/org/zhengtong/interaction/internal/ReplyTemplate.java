package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.zhengtong.interaction.Door;

/**
 * 答复模板: a text a unit's handlers start a reply from, for letters of one door. Its
 * placeholders ({@link ReplyText}) are filled from the letter when a handler uses it.
 */
@Entity
@Table(name = "interaction_reply_template")
public class ReplyTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private UUID unitId;

	@Enumerated(EnumType.STRING)
	private Door door;

	private String name;

	private String body;

	private boolean active;

	private String updatedBy;

	private Instant updatedAt;

	@SuppressWarnings("NullAway.Init")
	protected ReplyTemplate() {
	}

	ReplyTemplate(UUID unitId, Door door, String name, String body, String by, Instant at) {
		this.unitId = unitId;
		this.active = true;
		change(door, name, body, by, at);
	}

	void change(Door door, String name, String body, String by, Instant at) {
		this.door = door;
		this.name = name;
		this.body = body;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** No longer offered; kept for the record. */
	void retire(String by, Instant at) {
		this.active = false;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public UUID unitId() {
		return unitId;
	}

	public Door door() {
		return door;
	}

	public String name() {
		return name;
	}

	public String body() {
		return body;
	}

	public boolean active() {
		return active;
	}

	public String updatedBy() {
		return updatedBy;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

}
