package org.zhengtong.permit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.LicenceStatus;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.CertificateView;

/**
 * 证照核验, for anyone: a licence's standing by its number (the QR code's link), and whether
 * a file is one this platform issued for it (its SHA-256 against the stored PDF's and
 * OFD's). Read at every request, so a revocation shows at once.
 * <p>
 * When the seal certificate that signed a licence is revoked afterwards (a compromised
 * key, a unit merged away), the licence stays what it is — the department's decision,
 * recorded here — and the page says so: "the signing certificate was revoked on X; the
 * record above, held by the platform, remains authoritative", so a relying party who
 * checks the PDF's signature and sees the revocation is not left guessing. A certificate
 * revoked before the licence's issue cannot happen (the seal refuses a revoked
 * certificate) and would be shown the same way. Both seals count: the PDF's and the OFD's
 * SM2 seal. Nothing listens for pki's revocations: the answer is read from pki's register
 * at every request, so it is right at once without a copy to keep in step.
 */
@Service
@Transactional(readOnly = true)
public class LicenceVerification {

	private final LicenceRecords records;

	private final CertificateRequests certificates;

	private final Clock clock;

	LicenceVerification(LicenceRecords records, CertificateRequests certificates, Clock clock) {
		this.records = records;
		this.certificates = certificates;
		this.clock = clock;
	}

	/** The public page of a licence, as the QR code links to it. */
	public static String path(String number) {
		return UriComponentsBuilder.fromPath("/services/licences/verify")
			.queryParam("number", number)
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * What the public sees.
	 *
	 * @param holderShown a citizen's name masked (张*三), an enterprise's in full
	 * @param creditCode an enterprise's 统一社会信用代码, {@code null} for a citizen
	 * @param sealRevokedAt when the seal certificate that signed it was revoked, if it
	 * was
	 */
	public record PublicLicence(String number, LicenceType type, LicenceStatus status, String holderShown,
			ApplicantKind holderKind, @Nullable String creditCode, String departmentName, String departmentNameEnglish,
			LocalDate validFrom, @Nullable LocalDate validTo, LocalDate issuedOn, @Nullable String statusReason,
			@Nullable Instant statusChangedAt, @Nullable Instant sealRevokedAt, Map<String, String> fields) {
	}

	/** The answer to an uploaded file. */
	public enum FileMatch {

		/** The issued PDF or OFD of this licence, byte for byte. */
		ISSUED,

		/** Not a file this platform issued for this licence. */
		NOT_ISSUED

	}

	public Optional<PublicLicence> byNumber(@Nullable String number) {
		if (number == null || number.isBlank() || number.strip().length() > 40) {
			return Optional.empty();
		}
		return records.findByNumber(number.strip()).map(this::shown);
	}

	/**
	 * Whether {@code content} is exactly the PDF or the OFD issued for the licence (read
	 * to its end, never kept).
	 */
	public FileMatch matches(String number, InputStream content) throws IOException {
		String sha256 = sha256(content);
		return records.findByNumber(number.strip())
			.filter((licence) -> sha256.equals(licence.pdfSha256()) || sha256.equals(licence.ofdSha256()))
			.map((licence) -> FileMatch.ISSUED)
			.orElse(FileMatch.NOT_ISSUED);
	}

	private PublicLicence shown(Licence licence) {
		LocalDate today = LocalDate.now(clock);
		LicenceStatus status = licence.status();
		if (status == LicenceStatus.VALID && licence.validTo() != null && today.isAfter(licence.validTo())) {
			status = LicenceStatus.EXPIRED;
		}
		boolean enterprise = licence.holderKind() == ApplicantKind.ENTERPRISE;
		Instant sealRevoked = sealRevokedAt(licence);
		return new PublicLicence(licence.number(), licence.type(), status,
				enterprise ? licence.holderName() : maskName(licence.holderName()), licence.holderKind(),
				enterprise ? licence.holderCreditCode() : null, licence.departmentName(),
				licence.departmentNameEnglish(), licence.validFrom(), licence.validTo(),
				LocalDate.ofInstant(licence.issuedAt(), clock.getZone()), licence.statusReason(),
				licence.statusChangedAt(), sealRevoked,
				enterprise ? LicenceService.fields(licence.fields()) : Map.of());
	}

	/**
	 * When a seal certificate that signed the licence was revoked (the PDF's, or the
	 * OFD's SM2 seal: either file may be the one a relying party checks), the earlier of
	 * the two; {@code null} while both stand.
	 */
	private @Nullable Instant sealRevokedAt(Licence licence) {
		Instant earliest = null;
		for (String serial : new String[] { licence.sealSerial(), licence.ofdSealSerial() }) {
			Instant revoked = serial == null ? null
					: certificates.certificate(serial).map(CertificateView::revokedAt).orElse(null);
			if (revoked != null && (earliest == null || revoked.isBefore(earliest))) {
				earliest = revoked;
			}
		}
		return earliest;
	}

	/**
	 * A citizen's name as public pages show it: the first and last character kept, the
	 * ones between starred (张*三, 欧**明); a two-character name keeps its first (张*).
	 */
	static String maskName(String name) {
		int[] chars = name.strip().codePoints().toArray();
		if (chars.length <= 1) {
			return name.strip();
		}
		StringBuilder shown = new StringBuilder().appendCodePoint(chars[0]);
		if (chars.length == 2) {
			return shown.append('*').toString();
		}
		shown.append("*".repeat(chars.length - 2));
		return shown.appendCodePoint(chars[chars.length - 1]).toString();
	}

	static String sha256(InputStream content) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (DigestInputStream in = new DigestInputStream(content, digest)) {
				in.transferTo(java.io.OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
