package org.zhengtong.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * A licence was issued and sealed (行政许可法 art. 44): published in the issuing transaction;
 * the audit log records it as {@code permit.licence-issued}.
 */
public record LicenceIssued(UUID licenceId, String number, String type, String caseNumber, UUID departmentId,
		String issuedBy, Instant issuedAt, String pdfSha256) {
}
