package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;
import org.zhengtong.interaction.BoardEntry;
import org.zhengtong.interaction.Door;

/**
 * A letter on the public board: the moderated copy of its text and reply. Made with ID
 * and phone numbers masked; editors may edit the copy or hide it, never the letter
 * itself.
 */
@Entity
@Table(name = "interaction_board_entry")
public class BoardPost implements Persistable<UUID> {

	@Id
	@Column(name = "request_id")
	private UUID letterId;

	@Version
	private long version;

	/** True from construction until first stored: {@link #isNew()}. */
	@Transient
	private boolean fresh;

	private String number;

	@Enumerated(EnumType.STRING)
	private Door door;

	private String title;

	private String body;

	private String reply;

	@Column(name = "unit_id")
	private UUID unitId;

	@Column(name = "unit_name")
	private String unitName;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	@Column(name = "answered_on")
	private LocalDate answeredOn;

	@Column(name = "published_at")
	private Instant publishedAt;

	private boolean hidden;

	@Column(name = "hidden_reason")
	private @Nullable String hiddenReason;

	@Column(name = "edited_by")
	private @Nullable String editedBy;

	@Column(name = "edited_at")
	private @Nullable Instant editedAt;

	@SuppressWarnings("NullAway.Init")
	protected BoardPost() {
	}

	/** The board's copy of an answered letter, ID and phone numbers masked. */
	BoardPost(Letter letter, String reply, UUID unitId, String unitName, LocalDate receivedOn, LocalDate answeredOn,
			Instant at) {
		this.fresh = true;
		this.letterId = letter.id();
		this.number = letter.number();
		this.door = letter.door();
		this.title = Masks.inText(letter.title());
		this.body = Masks.inText(letter.body());
		this.reply = Masks.inText(reply);
		this.unitId = unitId;
		this.unitName = unitName;
		this.receivedOn = receivedOn;
		this.answeredOn = answeredOn;
		this.publishedAt = at;
	}

	/** The editors' version of the public text (masked again: an edit cannot unmask). */
	void edit(String title, String body, String reply, String by, Instant at) {
		this.title = Masks.inText(title);
		this.body = Masks.inText(body);
		this.reply = Masks.inText(reply);
		this.editedBy = by;
		this.editedAt = at;
	}

	void hide(String reason, String by, Instant at) {
		this.hidden = true;
		this.hiddenReason = reason;
		this.editedBy = by;
		this.editedAt = at;
	}

	void show(String by, Instant at) {
		this.hidden = false;
		this.hiddenReason = null;
		this.editedBy = by;
		this.editedAt = at;
	}

	public BoardEntry entry() {
		return new BoardEntry(letterId, number, door, title, body, reply, unitId, unitName, receivedOn, answeredOn,
				publishedAt);
	}

	public UUID letterId() {
		return letterId;
	}

	public long version() {
		return version;
	}

	/** Whether it was never stored: {@code save} then persists this very instance. */
	@Override
	public boolean isNew() {
		return fresh;
	}

	@Override
	public UUID getId() {
		return letterId;
	}

	@PostPersist
	@PostLoad
	void stored() {
		fresh = false;
	}

	public String number() {
		return number;
	}

	public String title() {
		return title;
	}

	public String body() {
		return body;
	}

	public String reply() {
		return reply;
	}

	public boolean hidden() {
		return hidden;
	}

	public @Nullable String hiddenReason() {
		return hiddenReason;
	}

	public @Nullable String editedBy() {
		return editedBy;
	}

	public @Nullable Instant editedAt() {
		return editedAt;
	}

	public String unitName() {
		return unitName;
	}

}
