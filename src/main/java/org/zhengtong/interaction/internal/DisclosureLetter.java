package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * 答复书: the written answer to a disclosure request as a PDF, made when the answer is
 * recorded and signed with the unit's 电子印章. Until it is sealed it waits in the 用印 step
 * and only staff see it.
 */
@Entity
@Table(name = "interaction_disclosure_letter")
public class DisclosureLetter implements Persistable<UUID> {

	/** 待用印 or 已用印. */
	public enum State {

		AWAITING_SEAL, SEALED

	}

	@Id
	@Column(name = "request_id")
	private UUID requestId;

	@Version
	private long version;

	@Transient
	private boolean fresh;

	@Enumerated(EnumType.STRING)
	private State state;

	@Column(name = "unit_name")
	private String unitName;

	@Column(name = "dated_on")
	private LocalDate datedOn;

	private byte[] pdf;

	@Column(name = "case_id")
	private @Nullable Long caseId;

	private @Nullable String sha256;

	@Column(name = "seal_serial")
	private @Nullable String sealSerial;

	@Column(name = "sealed_by")
	private @Nullable String sealedBy;

	@Column(name = "sealed_at")
	private @Nullable Instant sealedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	protected DisclosureLetter() {
	}

	DisclosureLetter(UUID requestId, String unitName, LocalDate datedOn, byte[] pdf, Instant createdAt) {
		this.requestId = requestId;
		this.unitName = unitName;
		this.datedOn = datedOn;
		this.pdf = pdf;
		this.createdAt = createdAt;
		this.state = State.AWAITING_SEAL;
		this.fresh = true;
	}

	void attachCase(long caseId) {
		this.caseId = caseId;
	}

	void sealed(byte[] signed, String sha256, String serial, String by, Instant at) {
		if (state != State.AWAITING_SEAL) {
			throw new IllegalStateException("Already sealed");
		}
		this.pdf = signed;
		this.sha256 = sha256;
		this.sealSerial = serial;
		this.sealedBy = by;
		this.sealedAt = at;
		this.state = State.SEALED;
	}

	public UUID requestId() {
		return requestId;
	}

	public State state() {
		return state;
	}

	public boolean sealed() {
		return state == State.SEALED;
	}

	public String unitName() {
		return unitName;
	}

	public LocalDate datedOn() {
		return datedOn;
	}

	public byte[] pdf() {
		return pdf;
	}

	public @Nullable Long caseId() {
		return caseId;
	}

	public @Nullable String sha256() {
		return sha256;
	}

	public @Nullable String sealSerial() {
		return sealSerial;
	}

	public @Nullable String sealedBy() {
		return sealedBy;
	}

	public @Nullable Instant sealedAt() {
		return sealedAt;
	}

	public long version() {
		return version;
	}

	@Override
	public UUID getId() {
		return requestId;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

}
