package org.zhengtong.permit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.NoticeKind;

/**
 * 文书: a written notice of a permit case as a PDF, laid out at the step under the
 * department's name of that day and signed with its 电子印章. Until sealed it waits in the 用印
 * step and only staff see it.
 */
@Entity
@Table(name = "permit_notice")
public class WrittenNotice {

	/** 待用印 or 已用印. */
	public enum State {

		AWAITING_SEAL, SEALED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "case_id")
	private long caseId;

	@Column(name = "department_id")
	private UUID departmentId;

	@Enumerated(EnumType.STRING)
	private NoticeKind kind;

	@Enumerated(EnumType.STRING)
	private State state;

	@Column(name = "unit_name")
	private String unitName;

	@Column(name = "dated_on")
	private LocalDate datedOn;

	private byte[] pdf;

	@Column(name = "seal_case_id")
	private @Nullable Long sealCaseId;

	private @Nullable String sha256;

	@Column(name = "seal_serial")
	private @Nullable String sealSerial;

	@Column(name = "sealed_by")
	private @Nullable String sealedBy;

	@Column(name = "sealed_at")
	private @Nullable Instant sealedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@SuppressWarnings("NullAway.Init")
	protected WrittenNotice() {
	}

	WrittenNotice(long caseId, UUID departmentId, NoticeKind kind, String unitName, LocalDate datedOn, byte[] pdf,
			Instant createdAt) {
		this.caseId = caseId;
		this.departmentId = departmentId;
		this.kind = kind;
		this.unitName = unitName;
		this.datedOn = datedOn;
		this.pdf = pdf;
		this.createdAt = createdAt;
		this.state = State.AWAITING_SEAL;
	}

	void awaitingIn(long sealCaseId) {
		this.sealCaseId = sealCaseId;
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

	public long id() {
		return id;
	}

	public long caseId() {
		return caseId;
	}

	public UUID departmentId() {
		return departmentId;
	}

	public NoticeKind kind() {
		return kind;
	}

	public State state() {
		return state;
	}

	public boolean sealed() {
		return state == State.SEALED;
	}

	/** The department's full name on the day the notice was laid out. */
	public String unitName() {
		return unitName;
	}

	public LocalDate datedOn() {
		return datedOn;
	}

	public byte[] pdf() {
		return pdf;
	}

	public @Nullable Long sealCaseId() {
		return sealCaseId;
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

	public Instant createdAt() {
		return createdAt;
	}

	public long version() {
		return version;
	}

}
