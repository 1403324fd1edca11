package org.zhengtong.pki;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.UUID;

/**
 * 电子印章 kept by the platform (decisions.md, "Unit keys are hosted"): a unit's signing key
 * lives sealed in the platform, like the platform's own signing key, and is used only by
 * a holder of the unit's {@link PkiRoles#SEAL_KEEPER 印章管理员} role — for the unit of the
 * post in use — in a session opened with their certificate ({@link CertificateSessions}).
 * An automatic use (a licence issued as a case ends) is done on behalf of the person
 * whose act triggered it, so the same checks apply to them.
 * <p>
 * The seal's certificate (profile {@link CertificateProfile#UNIT_SIGN}, or
 * {@link CertificateProfile#UNIT_SIGN_SM2} under the SM2 hierarchy) is issued the first
 * time a seal keeper uses it, and again when it is within 30 days of expiry or the unit
 * has been renamed since: its subject is the unit's name on the day of issue. Keys
 * already handed to units (collected as PKCS#12) stay theirs and are never used here.
 * <p>
 * Every use is audited with the SHA-256 of the document and the certificate's serial; a
 * refused use ({@link PkiRefused}) leaves a DENIED entry written in a transaction of its
 * own and changes nothing.
 */
public interface UnitSeals {

	/** The permission the 印章管理员 role gives, over the unit of the post in use. */
	String SEAL_PERMISSION = "seal.use";

	/**
	 * What is sealed, for the audit log.
	 *
	 * @param actor the signed-in person using the seal (or on whose behalf it is used)
	 * @param unit the unit whose seal is used
	 * @param document what is signed, as the audit log names it ({@code 政府信息公开申请答复书
	 * 2026-…})
	 * @param objectType the kind of record the document belongs to (a table name)
	 * @param objectId that record's id
	 */
	record SealRequest(String actor, UUID unit, String document, String objectType, String objectId) {
	}

	/**
	 * One use of a seal.
	 *
	 * @param serial the seal certificate's serial (hexadecimal)
	 * @param sha256 the SHA-256 (hexadecimal) of the document: the content for a CMS
	 * signature, the signed file for a PDF
	 * @param signedAt when it was signed (the platform clock)
	 */
	record SealUse(String serial, String sha256, Instant signedAt) {
	}

	/** A signed PDF and its use. */
	record SignedPdf(byte[] pdf, SealUse use) {
	}

	/**
	 * Whether {@code username} holds the 印章管理员 role for {@code unit} in the post they
	 * work in now (a screen uses it to offer 用印; the signing methods check it again).
	 */
	boolean holds(String username, UUID unit);

	/**
	 * The unit's seal certificate in {@code hierarchy}, issued or renewed when needed.
	 * @throws PkiRefused when the actor may not use the unit's seal
	 */
	CertificateView obtain(SealRequest request, Hierarchy hierarchy);

	/**
	 * A detached CMS SignedData over everything {@code content} holds, streamed, with the
	 * seal certificate's chain.
	 * @throws PkiRefused when the actor may not use the unit's seal
	 */
	SealUse signDetached(SealRequest request, Hierarchy hierarchy, InputStream content, OutputStream signature);

	/**
	 * The PDF signed with the unit's seal (RSA/ECDSA hierarchy): a signature dictionary
	 * with {@code /SubFilter /adbe.pkcs7.detached}, whose {@code /Contents} is a CMS
	 * SignedData over the {@code /ByteRange} (PAdES-style), readable by PDF readers and
	 * {@code openssl cms -verify}.
	 * @param reason the signature's reason, shown by PDF readers
	 * @throws PkiRefused when the actor may not use the unit's seal or this is not a PDF
	 */
	SignedPdf signPdf(SealRequest request, byte[] pdf, String reason);

	/** A sealed OFD and its use. */
	record SealedOfd(byte[] ofd, SealUse use) {
	}

	/**
	 * The OFD sealed with the unit's SM2 electronic seal (GB/T 38540, under the SM2
	 * hierarchy, profile {@link CertificateProfile#UNIT_SIGN_SM2}): a {@code Seal}
	 * signature (GB/T 33190 §18) listing every file of the package with its SM3 digest,
	 * whose {@code SES_Signature} is made with SM3withSM2.
	 * @param picture the seal's picture (PNG)
	 * @throws PkiRefused when the actor may not use the unit's seal or this is not an
	 * unsealed OFD
	 */
	SealedOfd sealOfd(SealRequest request, byte[] ofd, byte[] picture);

	/**
	 * The unit's seal opened for the several signatures of one document (a licence: its
	 * PDF, the PDF's detached {@code .p7s} and its OFD): the checks run and the unit and
	 * each key are looked up once, at the key's first use, instead of once per signature;
	 * every signature is still audited with its document's SHA-256. One thread uses the
	 * returned object for one document and closes it at once (try-with-resources).
	 * @throws PkiRefused when the actor may not use the unit's seal
	 */
	Sealing open(SealRequest request);

	/**
	 * One document's uses of a unit's seal, as the single-use methods of
	 * {@link UnitSeals} make them, for the request it was opened with. Refuses any use
	 * once closed.
	 */
	interface Sealing extends AutoCloseable {

		/** As {@link UnitSeals#signDetached}. */
		SealUse signDetached(Hierarchy hierarchy, InputStream content, OutputStream signature);

		/** As {@link UnitSeals#signPdf}. */
		SignedPdf signPdf(byte[] pdf, String reason);

		/** As {@link UnitSeals#sealOfd}. */
		SealedOfd sealOfd(byte[] ofd, byte[] picture);

		/** Forgets the opened keys. */
		@Override
		void close();

	}

}
