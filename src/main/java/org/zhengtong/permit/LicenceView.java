package org.zhengtong.permit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A licence as staff see it (the holder's 身份证号 masked).
 *
 * @param status as stored: VALID, CANCELLED or REVOKED ({@link #shownStatus} adds
 * EXPIRED)
 */
public record LicenceView(UUID id, LicenceType type, String number, String caseNumber, String holderName,
		ApplicantKind holderKind, String holderIdShown, java.util.Map<String, String> fields, LocalDate validFrom,
		@Nullable LocalDate validTo, UUID departmentId, String departmentName, String departmentNameEnglish,
		String issuedBy, Instant issuedAt, LicenceStatus status, @Nullable String statusReason,
		@Nullable Instant statusChangedAt, String pdfSha256, String p7sSha256, @Nullable String ofdSha256,
		String sealSerial) {

	/** The status on {@code today}: a valid licence past its last day is EXPIRED. */
	public LicenceStatus shownStatus(LocalDate today) {
		if (status == LicenceStatus.VALID && validTo != null && today.isAfter(validTo)) {
			return LicenceStatus.EXPIRED;
		}
		return status;
	}

}
