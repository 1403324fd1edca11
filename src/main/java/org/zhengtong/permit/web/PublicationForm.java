package org.zhengtong.permit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.permit.CounterpartKind;
import org.zhengtong.permit.PublicationKind;
import org.zhengtong.permit.PublishDecision;

/**
 * 录入行政处罚 or a permit decided outside the platform: the 双公示 data items a department enters
 * by hand. The deciding department is the post's, never a field.
 */
public class PublicationForm {

	@NotNull(message = "{permit.publication.required}")
	private PublicationKind kind = PublicationKind.PENALTY;

	@NotNull(message = "{permit.publication.required}")
	private CounterpartKind counterpartKind = CounterpartKind.LEGAL_PERSON;

	@NotBlank(message = "{permit.publication.required}")
	@Size(max = 200, message = "{permit.publication.tooLong}")
	private String counterpartName = "";

	@Size(max = 18, message = "{permit.publication.tooLong}")
	private String creditCode = "";

	@Size(max = 60, message = "{permit.publication.tooLong}")
	private String legalRepresentative = "";

	@Size(max = 18, message = "{permit.publication.tooLong}")
	private String idNumber = "";

	@NotBlank(message = "{permit.publication.required}")
	@Size(max = 200, message = "{permit.publication.tooLong}")
	private String documentName = "";

	@NotBlank(message = "{permit.publication.required}")
	@Size(max = 100, message = "{permit.publication.tooLong}")
	private String documentNumber = "";

	@NotBlank(message = "{permit.publication.required}")
	@Size(max = 40, message = "{permit.publication.tooLong}")
	private String category = "";

	@Size(max = 200, message = "{permit.publication.tooLong}")
	private String licenceName = "";

	@Size(max = 100, message = "{permit.publication.tooLong}")
	private String licenceNumber = "";

	@Size(max = 200, message = "{permit.publication.tooLong}")
	private String violationType = "";

	@Size(max = 4000, message = "{permit.publication.tooLong}")
	private String violationFacts = "";

	@Size(max = 2000, message = "{permit.publication.tooLong}")
	private String legalBasis = "";

	@NotBlank(message = "{permit.publication.required}")
	@Size(max = 4000, message = "{permit.publication.tooLong}")
	private String content = "";

	@DecimalMin(value = "0", message = "{permit.publication.amount}")
	@Digits(integer = 16, fraction = 2, message = "{permit.publication.amount}")
	private @Nullable BigDecimal fineAmount;

	@DecimalMin(value = "0", message = "{permit.publication.amount}")
	@Digits(integer = 16, fraction = 2, message = "{permit.publication.amount}")
	private @Nullable BigDecimal confiscatedAmount;

	@Size(max = 300, message = "{permit.publication.tooLong}")
	private String suspendedLicence = "";

	@NotNull(message = "{permit.publication.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate decisionDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate validTo;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate publicityUntil;

	@Size(max = 1000, message = "{permit.publication.tooLong}")
	private String remark = "";

	PublishDecision toCommand(UUID department) {
		return new PublishDecision(kind, counterpartKind, counterpartName, creditCode, legalRepresentative, idNumber,
				documentName, documentNumber, category, licenceName, licenceNumber, violationType, violationFacts,
				legalBasis, content, fineAmount, confiscatedAmount, suspendedLicence,
				java.util.Objects.requireNonNull(decisionDate), validFrom, validTo, publicityUntil, department, null,
				null, remark);
	}

	public PublicationKind getKind() {
		return kind;
	}

	public void setKind(PublicationKind kind) {
		this.kind = kind;
	}

	public CounterpartKind getCounterpartKind() {
		return counterpartKind;
	}

	public void setCounterpartKind(CounterpartKind counterpartKind) {
		this.counterpartKind = counterpartKind;
	}

	public String getCounterpartName() {
		return counterpartName;
	}

	public void setCounterpartName(String counterpartName) {
		this.counterpartName = counterpartName;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getLegalRepresentative() {
		return legalRepresentative;
	}

	public void setLegalRepresentative(String legalRepresentative) {
		this.legalRepresentative = legalRepresentative;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getDocumentName() {
		return documentName;
	}

	public void setDocumentName(String documentName) {
		this.documentName = documentName;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getLicenceName() {
		return licenceName;
	}

	public void setLicenceName(String licenceName) {
		this.licenceName = licenceName;
	}

	public String getLicenceNumber() {
		return licenceNumber;
	}

	public void setLicenceNumber(String licenceNumber) {
		this.licenceNumber = licenceNumber;
	}

	public String getViolationType() {
		return violationType;
	}

	public void setViolationType(String violationType) {
		this.violationType = violationType;
	}

	public String getViolationFacts() {
		return violationFacts;
	}

	public void setViolationFacts(String violationFacts) {
		this.violationFacts = violationFacts;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public String getContent() {
		return content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public @Nullable BigDecimal getFineAmount() {
		return fineAmount;
	}

	public void setFineAmount(@Nullable BigDecimal fineAmount) {
		this.fineAmount = fineAmount;
	}

	public @Nullable BigDecimal getConfiscatedAmount() {
		return confiscatedAmount;
	}

	public void setConfiscatedAmount(@Nullable BigDecimal confiscatedAmount) {
		this.confiscatedAmount = confiscatedAmount;
	}

	public String getSuspendedLicence() {
		return suspendedLicence;
	}

	public void setSuspendedLicence(String suspendedLicence) {
		this.suspendedLicence = suspendedLicence;
	}

	public @Nullable LocalDate getDecisionDate() {
		return decisionDate;
	}

	public void setDecisionDate(@Nullable LocalDate decisionDate) {
		this.decisionDate = decisionDate;
	}

	public @Nullable LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(@Nullable LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(@Nullable LocalDate validTo) {
		this.validTo = validTo;
	}

	public @Nullable LocalDate getPublicityUntil() {
		return publicityUntil;
	}

	public void setPublicityUntil(@Nullable LocalDate publicityUntil) {
		this.publicityUntil = publicityUntil;
	}

	public String getRemark() {
		return remark;
	}

	public void setRemark(String remark) {
		this.remark = remark;
	}

}
