package org.zhengtong.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The CA as any client sees it, checked by the real {@code openssl}: the chain at
 * /pki/chain.pem verifies the platform's server certificate, the CRL at /pki/crl verifies
 * against it, and issued certificates name where their CRL and OCSP responder are. SM2 is
 * checked with Bouncy Castle (Debian's OpenSSL has no SM2 CMS).
 */
@IntegrationTest
class PkiPublicationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CertificateAuthority authority;

	@TempDir
	Path directory;

	@Test
	void openssl_verifies_the_server_certificate_and_the_crl_against_the_published_chain() throws Exception {
		Pkcs.assumeOpenssl();
		MvcTestResult chain = mvc.get().uri("/pki/chain.pem").exchange();
		assertThat(chain).hasStatusOk().hasContentType("application/x-pem-file");
		Path chainFile = write("chain.pem", chain.getResponse().getContentAsByteArray());
		MvcTestResult crl = mvc.get().uri("/pki/crl").exchange();
		assertThat(crl).hasStatusOk().hasContentType("application/pkix-crl");
		Path crlFile = write("crl.der", crl.getResponse().getContentAsByteArray());
		X509Certificate server = authority.serverCertificate().get(0);
		Path serverFile = write("server.pem", Pkcs.pem(server).getBytes(StandardCharsets.US_ASCII));

		assertThat(Pkcs.openssl("verify", "-CAfile", chainFile.toString(), serverFile.toString()))
			.contains("server.pem: OK");
		assertThat(Pkcs.openssl("crl", "-inform", "DER", "-in", crlFile.toString(), "-CAfile", chainFile.toString(),
				"-noout"))
			.contains("verify OK");
		assertThat(Pkcs.openssl("x509", "-in", serverFile.toString(), "-noout", "-ext",
				"crlDistributionPoints,authorityInfoAccess,subjectAltName"))
			.contains("/pki/crl", "OCSP - URI:", "/pki/ocsp", "DNS:localhost");
		assertThat(server.getSerialNumber().bitLength()).as("random serials of at least 64 bits")
			.isGreaterThanOrEqualTo(64);

		MvcTestResult root = mvc.get().uri("/pki/ca.crt").exchange();
		assertThat(root).bodyText().startsWith("-----BEGIN CERTIFICATE-----");
		assertThat(parse(root.getResponse().getContentAsByteArray()).get(0).getBasicConstraints()).isEqualTo(1);
	}

	@Test
	void the_sm2_hierarchy_signs_with_sm3_and_verifies() throws Exception {
		List<X509Certificate> chain = parse(
				mvc.get().uri("/pki/sm2/chain.pem").exchange().getResponse().getContentAsByteArray());
		X509Certificate issuing = chain.get(0);
		X509Certificate root = chain.get(1);
		assertThat(issuing.getSigAlgName()).isEqualToIgnoringCase("SM3WITHSM2");
		issuing.verify(root.getPublicKey(), BouncyCastleProvider.PROVIDER_NAME);
		root.verify(root.getPublicKey(), BouncyCastleProvider.PROVIDER_NAME);

		byte[] der = mvc.get().uri("/pki/sm2/crl").exchange().getResponse().getContentAsByteArray();
		X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509", BouncyCastleProvider.PROVIDER_NAME)
			.generateCRL(new ByteArrayInputStream(der));
		crl.verify(issuing.getPublicKey(), BouncyCastleProvider.PROVIDER_NAME);
		assertThat(mvc.get().uri("/pki/nonsense/crl").exchange()).hasStatus(404);
	}

	@Test
	void anyone_looks_up_a_certificate_by_its_serial_number() {
		X509Certificate server = authority.serverCertificate().get(0);
		String serial = HexFormat.ofDelimiter(":").withUpperCase().formatHex(server.getSerialNumber().toByteArray());

		MvcTestResult page = mvc.get().uri("/pki/status?serial={s}", serial).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("有效", server.getSerialNumber().toString(16), "localhost");
		assertThat(mvc.get().uri("/pki/status?serial={s}", "00:11:22").exchange()).bodyText().contains("没有找到这个序列号的证书");
		assertThat(mvc.get().uri("/pki/status?serial={s}", "' OR 1=1 --" + "x".repeat(5000)).exchange()).hasStatusOk()
			.bodyText()
			.contains("没有找到这个序列号的证书");
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(directory.resolve(name), content);
	}

	@SuppressWarnings("unchecked")
	private static List<X509Certificate> parse(byte[] pem) throws Exception {
		return new ArrayList<>((java.util.Collection<X509Certificate>) CertificateFactory
			.getInstance("X.509", BouncyCastleProvider.PROVIDER_NAME)
			.generateCertificates(new ByteArrayInputStream(pem)));
	}

}
