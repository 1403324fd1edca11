package org.zhengtong.pki.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.pki.Hierarchy;

/**
 * RFC 6960 OCSP answers, signed by the issuing CA itself: good, revoked (with time and
 * reason) or unknown for each certificate asked about; a request that cannot be read gets
 * the "malformed request" answer. The status comes straight from the database, so a
 * revocation counts from the moment it is made.
 */
@Component
class OcspResponder {

	private final CertificateAuthorityService authority;

	private final JdbcClient jdbc;

	private final Clock clock;

	OcspResponder(CertificateAuthorityService authority, JdbcClient jdbc, Clock clock) {
		this.authority = authority;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	byte[] respond(Hierarchy hierarchy, byte[] request) {
		try {
			return answer(hierarchy, new OCSPReq(request)).getEncoded();
		}
		catch (IOException | RuntimeException ex) {
			try {
				return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
			}
			catch (IOException | OCSPException impossible) {
				throw new IllegalStateException(impossible);
			}
		}
	}

	/**
	 * Signed by the issuing CA (current or retired) named by the first certificate asked
	 * about; certificates of another CA in the same request are unknown.
	 */
	private OCSPResp answer(Hierarchy hierarchy, OCSPReq request) throws IOException {
		try {
			DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
			Req[] asked = request.getRequestList();
			if (asked.length == 0) {
				throw new IOException("No certificate asked about");
			}
			CertificateAuthorityService.Authority issuing = null;
			for (CertificateAuthorityService.Authority candidate : authority.issuingAuthorities(hierarchy)) {
				if (asked[0].getCertID()
					.matchesIssuer(new JcaX509CertificateHolder(candidate.certificate()), digests)) {
					issuing = candidate;
					break;
				}
			}
			if (issuing == null) {
				issuing = authority.find(hierarchy, "ISSUING").orElseThrow();
			}
			X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuing.certificate());
			BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
					new RespID(issuerHolder.getSubjectPublicKeyInfo(), digests.get(RespID.HASH_SHA1)));
			Instant now = clock.instant();
			for (Req one : asked) {
				var id = one.getCertID();
				CertificateStatus status = id.matchesIssuer(issuerHolder, digests)
						? status(issuing, id.getSerialNumber()) : new UnknownStatus();
				builder.addResponse(id, status, Date.from(now), Date.from(now.plusSeconds(3600)), null);
			}
			Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
			if (nonce != null) {
				builder.setResponseExtensions(new Extensions(nonce));
			}
			var basic = builder.build(CertificateBuilder.signer(issuing.algorithm(), authority.key(issuing)),
					new X509CertificateHolder[] { issuerHolder }, Date.from(now));
			return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
		}
		catch (OCSPException | OperatorCreationException | GeneralSecurityException ex) {
			throw new IOException(ex);
		}
	}

	private CertificateStatus status(CertificateAuthorityService.Authority issuing, BigInteger serial) {
		record Row(String status, Timestamp revokedAt, Integer reason) {
		}
		Optional<Row> row = jdbc
			.sql("SELECT status, revoked_at, revocation_reason FROM pki_certificate WHERE issuer_id = ? AND serial = ?")
			.params(issuing.id(), serial.toString(16))
			.query((rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2), (Integer) rs.getObject(3)))
			.optional();
		if (row.isEmpty()) {
			return new UnknownStatus();
		}
		if (row.get().status().equals("REVOKED")) {
			return new RevokedStatus(row.get().revokedAt(), row.get().reason() == null ? 0 : row.get().reason());
		}
		return CertificateStatus.GOOD;
	}

}
