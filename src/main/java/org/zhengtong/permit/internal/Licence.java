package org.zhengtong.permit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.LicenceStatus;
import org.zhengtong.permit.LicenceType;

/**
 * 电子证照: one issued licence, its sealed files (by file-store link and SHA-256) and its
 * standing. Everything it says is fixed on the issuing day (the department's name
 * included); only the status changes, once, to 已撤销 or 已注销 with a reason.
 */
@Entity
@Table(name = "permit_licence")
public class Licence {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@Column(name = "type_code")
	private String typeCode;

	private String number;

	@Column(name = "case_number")
	private String caseNumber;

	@Column(name = "holder_name")
	private String holderName;

	@Enumerated(EnumType.STRING)
	@Column(name = "holder_kind")
	private ApplicantKind holderKind;

	@Column(name = "holder_id_sealed")
	private @Nullable String holderIdSealed;

	@Column(name = "holder_id_masked")
	private @Nullable String holderIdMasked;

	@Column(name = "holder_credit_code")
	private @Nullable String holderCreditCode;

	private String fields;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private @Nullable LocalDate validTo;

	@Column(name = "department_id")
	private UUID departmentId;

	@Column(name = "department_name")
	private String departmentName;

	@Column(name = "department_name_en")
	private String departmentNameEnglish;

	@Column(name = "issued_by")
	private String issuedBy;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Enumerated(EnumType.STRING)
	private LicenceStatus status;

	@Column(name = "status_reason")
	private @Nullable String statusReason;

	@Column(name = "status_changed_by")
	private @Nullable String statusChangedBy;

	@Column(name = "status_changed_at")
	private @Nullable Instant statusChangedAt;

	@Column(name = "pdf_link")
	private UUID pdfLink;

	@Column(name = "pdf_sha256")
	private String pdfSha256;

	@Column(name = "p7s_link")
	private UUID p7sLink;

	@Column(name = "p7s_sha256")
	private String p7sSha256;

	@Column(name = "ofd_link")
	private @Nullable UUID ofdLink;

	@Column(name = "ofd_sha256")
	private @Nullable String ofdSha256;

	@Column(name = "seal_serial")
	private String sealSerial;

	@Column(name = "ofd_seal_serial")
	private @Nullable String ofdSealSerial;

	protected Licence() {
	}

	/** What the issuing step knows before the files are stored. */
	record Issue(UUID id, LicenceType type, String number, String caseNumber, String holderName,
			ApplicantKind holderKind, @Nullable String holderIdSealed, @Nullable String holderIdMasked,
			@Nullable String holderCreditCode, String fields, LocalDate validFrom, @Nullable LocalDate validTo,
			UUID departmentId, String departmentName, String departmentNameEnglish, String issuedBy, Instant issuedAt) {
	}

	/** The stored files. */
	record Files(UUID pdfLink, String pdfSha256, UUID p7sLink, String p7sSha256, String sealSerial,
			@Nullable UUID ofdLink, @Nullable String ofdSha256, @Nullable String ofdSealSerial) {
	}

	Licence(Issue issue, Files files) {
		this.id = issue.id();
		this.typeCode = issue.type().code();
		this.number = issue.number();
		this.caseNumber = issue.caseNumber();
		this.holderName = issue.holderName();
		this.holderKind = issue.holderKind();
		this.holderIdSealed = issue.holderIdSealed();
		this.holderIdMasked = issue.holderIdMasked();
		this.holderCreditCode = issue.holderCreditCode();
		this.fields = issue.fields();
		this.validFrom = issue.validFrom();
		this.validTo = issue.validTo();
		this.departmentId = issue.departmentId();
		this.departmentName = issue.departmentName();
		this.departmentNameEnglish = issue.departmentNameEnglish();
		this.issuedBy = issue.issuedBy();
		this.issuedAt = issue.issuedAt();
		this.status = LicenceStatus.VALID;
		this.pdfLink = files.pdfLink();
		this.pdfSha256 = files.pdfSha256();
		this.p7sLink = files.p7sLink();
		this.p7sSha256 = files.p7sSha256();
		this.sealSerial = files.sealSerial();
		this.ofdLink = files.ofdLink();
		this.ofdSha256 = files.ofdSha256();
		this.ofdSealSerial = files.ofdSealSerial();
	}

	/** 撤销 or 注销, once, with the reason. */
	void end(LicenceStatus to, String reason, String actor, Instant at) {
		if (status != LicenceStatus.VALID || (to != LicenceStatus.REVOKED && to != LicenceStatus.CANCELLED)) {
			throw new IllegalStateException(number + " is " + status);
		}
		this.status = to;
		this.statusReason = reason;
		this.statusChangedBy = actor;
		this.statusChangedAt = at;
	}

	public UUID id() {
		return id;
	}

	public LicenceType type() {
		return LicenceType.byCode(typeCode).orElseThrow(() -> new IllegalStateException("Unknown type " + typeCode));
	}

	public String number() {
		return number;
	}

	public String caseNumber() {
		return caseNumber;
	}

	public String holderName() {
		return holderName;
	}

	public ApplicantKind holderKind() {
		return holderKind;
	}

	public @Nullable String holderIdSealed() {
		return holderIdSealed;
	}

	public @Nullable String holderIdMasked() {
		return holderIdMasked;
	}

	public @Nullable String holderCreditCode() {
		return holderCreditCode;
	}

	public String fields() {
		return fields;
	}

	public LocalDate validFrom() {
		return validFrom;
	}

	public @Nullable LocalDate validTo() {
		return validTo;
	}

	public UUID departmentId() {
		return departmentId;
	}

	public String departmentName() {
		return departmentName;
	}

	public String departmentNameEnglish() {
		return departmentNameEnglish;
	}

	public String issuedBy() {
		return issuedBy;
	}

	public Instant issuedAt() {
		return issuedAt;
	}

	public LicenceStatus status() {
		return status;
	}

	public @Nullable String statusReason() {
		return statusReason;
	}

	public @Nullable Instant statusChangedAt() {
		return statusChangedAt;
	}

	public UUID pdfLink() {
		return pdfLink;
	}

	public String pdfSha256() {
		return pdfSha256;
	}

	public UUID p7sLink() {
		return p7sLink;
	}

	public String p7sSha256() {
		return p7sSha256;
	}

	public @Nullable UUID ofdLink() {
		return ofdLink;
	}

	public @Nullable String ofdSha256() {
		return ofdSha256;
	}

	public String sealSerial() {
		return sealSerial;
	}

	public @Nullable String ofdSealSerial() {
		return ofdSealSerial;
	}

}
