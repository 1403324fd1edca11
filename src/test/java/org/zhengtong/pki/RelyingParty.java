package org.zhengtong.pki;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a relying party reads from a certificate (where its CRL and its issuer are) and
 * asks the OCSP responder, done as clients do it, without the platform's code.
 */
public final class RelyingParty {

	private RelyingParty() {
	}

	/** The path of the certificate's CRL distribution point (its first URI). */
	public static String crlDistributionPoint(X509Certificate certificate) throws Exception {
		CRLDistPoint points = CRLDistPoint.getInstance(extension(certificate, Extension.cRLDistributionPoints));
		GeneralNames names = GeneralNames
			.getInstance(points.getDistributionPoints()[0].getDistributionPoint().getName());
		return path(names.getNames()[0]);
	}

	/** The path of the certificate's caIssuers (AIA). */
	public static String caIssuers(X509Certificate certificate) throws Exception {
		AuthorityInformationAccess access = AuthorityInformationAccess
			.getInstance(extension(certificate, Extension.authorityInfoAccess));
		for (AccessDescription description : access.getAccessDescriptions()) {
			if (description.getAccessMethod().equals(AccessDescription.id_ad_caIssuers)) {
				return path(description.getAccessLocation());
			}
		}
		throw new AssertionError("No caIssuers in " + certificate.getSubjectX500Principal());
	}

	private static byte[] extension(X509Certificate certificate, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
		byte[] value = certificate.getExtensionValue(oid.getId());
		assertThat(value).as(oid + " in " + certificate.getSubjectX500Principal()).isNotNull();
		return ASN1OctetString.getInstance(value).getOctets();
	}

	private static String path(GeneralName name) {
		assertThat(name.getTagNo()).isEqualTo(GeneralName.uniformResourceIdentifier);
		return URI.create(name.getName().toString()).getPath();
	}

	/**
	 * A DER OCSP request for one certificate, with a nonce chosen so that its base64
	 * holds both {@code /} and {@code +} (the characters GET requests must URL-encode).
	 */
	public static byte[] ocspRequest(X509Certificate certificate, X509Certificate issuer) throws Exception {
		CertificateID id = new CertificateID(
				new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
				new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
		for (int nonce = 1;; nonce++) {
			byte[] der = new OCSPReqBuilder().addRequest(id)
				.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
						new DEROctetString(BigInteger.valueOf(nonce).toByteArray()))))
				.build()
				.getEncoded();
			String base64 = Base64.getEncoder().encodeToString(der);
			if (base64.contains("/") && base64.contains("+")) {
				return der;
			}
		}
	}

	/**
	 * good, revoked or unknown, from a response whose signature the issuer's key checks.
	 */
	public static String ocspStatus(byte[] response, X509Certificate issuer) throws Exception {
		OCSPResp answer = new OCSPResp(response);
		assertThat(answer.getStatus()).as("successful").isZero();
		BasicOCSPResp basic = (BasicOCSPResp) answer.getResponseObject();
		assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider("BC").build(issuer)))
			.isTrue();
		Object status = basic.getResponses()[0].getCertStatus();
		return status == null ? "good" : status instanceof RevokedStatus ? "revoked" : "unknown";
	}

	/** What openssl printed and its exit code, whether it succeeded or not. */
	public record Run(int exitCode, String output) {
	}

	public static Run openssl(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("/usr/bin/openssl"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), output);
	}

}
