package org.zhengtong.permit.internal;

import java.time.Instant;

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
import org.zhengtong.permit.SuspensionKind;

/**
 * 中止 (行政许可法 art. 45): a hearing, testing, expert review… during which the case's clocks
 * stand still, with the reason and the expected length the applicant is told; open until
 * resumed. One open at a time per case.
 */
@Entity
@Table(name = "permit_suspension")
public class CaseSuspension {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "case_id")
	private long caseId;

	@Enumerated(EnumType.STRING)
	private SuspensionKind kind;

	private String reason;

	@Column(name = "expected_days")
	private int expectedDays;

	@Column(name = "suspended_by")
	private String suspendedBy;

	@Column(name = "suspended_at")
	private Instant suspendedAt;

	@Column(name = "resumed_by")
	private @Nullable String resumedBy;

	@Column(name = "resumed_at")
	private @Nullable Instant resumedAt;

	@SuppressWarnings("NullAway.Init")
	protected CaseSuspension() {
	}

	CaseSuspension(long caseId, SuspensionKind kind, String reason, int expectedDays, String by, Instant at) {
		this.caseId = caseId;
		this.kind = kind;
		this.reason = reason;
		this.expectedDays = expectedDays;
		this.suspendedBy = by;
		this.suspendedAt = at;
	}

	void resume(String by, Instant at) {
		if (resumedAt != null) {
			throw new IllegalStateException("Already resumed");
		}
		this.resumedBy = by;
		this.resumedAt = at;
	}

	public long id() {
		return id;
	}

	public long caseId() {
		return caseId;
	}

	public SuspensionKind kind() {
		return kind;
	}

	public String reason() {
		return reason;
	}

	public int expectedDays() {
		return expectedDays;
	}

	public String suspendedBy() {
		return suspendedBy;
	}

	public Instant suspendedAt() {
		return suspendedAt;
	}

	public @Nullable String resumedBy() {
		return resumedBy;
	}

	public @Nullable Instant resumedAt() {
		return resumedAt;
	}

	public boolean open() {
		return resumedAt == null;
	}

}
