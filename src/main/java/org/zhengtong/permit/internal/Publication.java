package org.zhengtong.permit.internal;

import java.math.BigDecimal;
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
import org.zhengtong.permit.CounterpartKind;
import org.zhengtong.permit.PublicationKind;
import org.zhengtong.permit.PublicationState;
import org.zhengtong.permit.PublishDecision;

/**
 * 双公示 record: a permit or penalty decision as the public 结果公示 shows it. The counterpart's
 * public name is fixed when it is published (a natural person's masked), so no public
 * query ever reads the full name; the 身份证号 is kept sealed. Withdrawn, never deleted.
 */
@Entity
@Table(name = "permit_publication")
public class Publication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private PublicationKind kind;

	@Enumerated(EnumType.STRING)
	private PublicationState state;

	@Enumerated(EnumType.STRING)
	@Column(name = "counterpart_kind")
	private CounterpartKind counterpartKind;

	@Column(name = "counterpart_name")
	private String counterpartName;

	@Column(name = "counterpart_public_name")
	private String counterpartPublicName;

	@Column(name = "credit_code")
	private @Nullable String creditCode;

	@Column(name = "legal_representative")
	private @Nullable String legalRepresentative;

	@Column(name = "id_number_sealed")
	private @Nullable String idNumberSealed;

	@Column(name = "id_number_masked")
	private @Nullable String idNumberMasked;

	@Column(name = "document_name")
	private String documentName;

	@Column(name = "document_number")
	private String documentNumber;

	private String category;

	@Column(name = "licence_name")
	private @Nullable String licenceName;

	@Column(name = "licence_number")
	private @Nullable String licenceNumber;

	@Column(name = "violation_type")
	private @Nullable String violationType;

	@Column(name = "violation_facts")
	private @Nullable String violationFacts;

	@Column(name = "legal_basis")
	private @Nullable String legalBasis;

	private String content;

	@Column(name = "fine_amount")
	private @Nullable BigDecimal fineAmount;

	@Column(name = "confiscated_amount")
	private @Nullable BigDecimal confiscatedAmount;

	@Column(name = "suspended_licence")
	private @Nullable String suspendedLicence;

	@Column(name = "decision_date")
	private LocalDate decisionDate;

	@Column(name = "valid_from")
	private @Nullable LocalDate validFrom;

	@Column(name = "valid_to")
	private @Nullable LocalDate validTo;

	@Column(name = "publicity_until")
	private @Nullable LocalDate publicityUntil;

	@Column(name = "department_id")
	private UUID departmentId;

	@Column(name = "department_name")
	private String departmentName;

	@Column(name = "department_credit_code")
	private @Nullable String departmentCreditCode;

	@Column(name = "case_id")
	private @Nullable Long caseId;

	@Column(name = "case_number")
	private @Nullable String caseNumber;

	private @Nullable String remark;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by")
	private String publishedBy;

	@Column(name = "withdrawn_at")
	private @Nullable Instant withdrawnAt;

	@Column(name = "withdrawn_by")
	private @Nullable String withdrawnBy;

	@Column(name = "withdraw_reason")
	private @Nullable String withdrawReason;

	@SuppressWarnings("NullAway.Init")
	protected Publication() {
	}

	Publication(PublishDecision d, @Nullable String creditCode, @Nullable String idNumberSealed,
			@Nullable String idNumberMasked, String departmentName, @Nullable String departmentCreditCode,
			LocalDate dueOn, String by, Instant at) {
		this.kind = d.kind();
		this.state = PublicationState.PUBLISHED;
		this.counterpartKind = d.counterpartKind();
		this.counterpartName = d.counterpartName().strip();
		this.counterpartPublicName = d.counterpartKind().masked() ? PersonalData.maskName(this.counterpartName)
				: this.counterpartName;
		this.creditCode = creditCode;
		this.legalRepresentative = blankToNull(d.legalRepresentative());
		this.idNumberSealed = idNumberSealed;
		this.idNumberMasked = idNumberMasked;
		this.documentName = d.documentName().strip();
		this.documentNumber = d.documentNumber().strip();
		this.category = d.category().strip();
		this.licenceName = blankToNull(d.licenceName());
		this.licenceNumber = blankToNull(d.licenceNumber());
		this.violationType = blankToNull(d.violationType());
		this.violationFacts = blankToNull(d.violationFacts());
		this.legalBasis = blankToNull(d.legalBasis());
		this.content = d.content().strip();
		this.fineAmount = d.fineAmount();
		this.confiscatedAmount = d.confiscatedAmount();
		this.suspendedLicence = blankToNull(d.suspendedLicence());
		this.decisionDate = d.decisionDate();
		this.validFrom = d.validFrom();
		this.validTo = d.validTo();
		this.publicityUntil = d.publicityUntil();
		this.departmentId = d.departmentId();
		this.departmentName = departmentName;
		this.departmentCreditCode = departmentCreditCode;
		this.caseId = d.caseId();
		this.caseNumber = blankToNull(d.caseNumber());
		this.remark = blankToNull(d.remark());
		this.dueOn = dueOn;
		this.publishedAt = at;
		this.publishedBy = by;
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Takes the record off the public list, keeping it and the reason. */
	void withdraw(String reason, String by, Instant at) {
		this.state = PublicationState.WITHDRAWN;
		this.withdrawReason = reason;
		this.withdrawnBy = by;
		this.withdrawnAt = at;
	}

	public Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public PublicationKind kind() {
		return kind;
	}

	public PublicationState state() {
		return state;
	}

	public CounterpartKind counterpartKind() {
		return counterpartKind;
	}

	public String counterpartName() {
		return counterpartName;
	}

	public String counterpartPublicName() {
		return counterpartPublicName;
	}

	public @Nullable String creditCode() {
		return creditCode;
	}

	public @Nullable String idNumberMasked() {
		return idNumberMasked;
	}

	public String documentNumber() {
		return documentNumber;
	}

	public LocalDate decisionDate() {
		return decisionDate;
	}

	public UUID departmentId() {
		return departmentId;
	}

	public String departmentName() {
		return departmentName;
	}

	public @Nullable Long caseId() {
		return caseId;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	public @Nullable String withdrawReason() {
		return withdrawReason;
	}

}
