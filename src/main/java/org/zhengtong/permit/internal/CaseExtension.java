package org.zhengtong.permit.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 延期 (行政许可法 art. 42): the one extension of a case's legal limit the head of the
 * department approved, with the reason the applicant is told and the due days before and
 * after. Written once, never changed.
 */
@Entity
@Table(name = "permit_extension")
public class CaseExtension {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private long caseId;

	private int days;

	private String reason;

	@Column(name = "due_before")
	private LocalDate dueBefore;

	@Column(name = "due_after")
	private LocalDate dueAfter;

	@Column(name = "extended_by")
	private String extendedBy;

	@Column(name = "extended_at")
	private Instant extendedAt;

	@SuppressWarnings("NullAway.Init")
	protected CaseExtension() {
	}

	CaseExtension(long caseId, int days, String reason, LocalDate dueBefore, LocalDate dueAfter, String by,
			Instant at) {
		this.caseId = caseId;
		this.days = days;
		this.reason = reason;
		this.dueBefore = dueBefore;
		this.dueAfter = dueAfter;
		this.extendedBy = by;
		this.extendedAt = at;
	}

	public long caseId() {
		return caseId;
	}

	public int days() {
		return days;
	}

	public String reason() {
		return reason;
	}

	public LocalDate dueBefore() {
		return dueBefore;
	}

	public LocalDate dueAfter() {
		return dueAfter;
	}

	public String extendedBy() {
		return extendedBy;
	}

	public Instant extendedAt() {
		return extendedAt;
	}

}
