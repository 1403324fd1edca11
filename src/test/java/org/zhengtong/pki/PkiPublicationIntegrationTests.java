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

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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

	@LocalServerPort
	int port;

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
			.contains("/pki/issuing/", ".crl", "OCSP - URI:", "/pki/ocsp", "CA Issuers - URI:", "DNS:localhost");
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

	/**
	 * Issue 15: the status page showed every holder's name to anyone. Anonymous visitors
	 * learn whether a certificate is valid; RA operators also see whom it names.
	 */
	@Test
	void anyone_looks_up_a_certificates_state_but_only_ra_operators_see_its_holder() {
		X509Certificate server = authority.serverCertificate().get(0);
		String serial = HexFormat.ofDelimiter(":").withUpperCase().formatHex(server.getSerialNumber().toByteArray());
		String subject = authority.status(serial).orElseThrow().subject();
		assertThat(subject).contains("CN=localhost");

		MvcTestResult page = mvc.get().uri("/pki/status?serial={s}", serial).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("有效", server.getSerialNumber().toString(16)).doesNotContain(subject);
		assertThat(mvc.get()
			.uri("/pki/status?serial={s}", serial)
			.with(user("raoperator").authorities(new SimpleGrantedAuthority("certificate.approve")))
			.exchange()).bodyText().contains(subject);
		assertThat(mvc.get()
			.uri("/pki/status?serial={s}", serial)
			.with(user("clerk").authorities(new SimpleGrantedAuthority("ROLE_STAFF")))
			.exchange()).bodyText().doesNotContain(subject);
		assertThat(mvc.get().uri("/pki/status?serial={s}", "00:11:22").exchange()).bodyText().contains("没有找到这个序列号的证书");
		assertThat(mvc.get().uri("/pki/status?serial={s}", "' OR 1=1 --" + "x".repeat(5000)).exchange()).hasStatusOk()
			.bodyText()
			.contains("没有找到这个序列号的证书");
	}

	/**
	 * Issue 15: the issuing CA named neither its CRL nor its issuer, and the root had no
	 * CRL. A relying party now finds every CRL and issuer from the certificates
	 * themselves, and {@code openssl verify -crl_check_all} passes.
	 */
	@Test
	void relying_parties_find_every_crl_and_issuer_and_openssl_checks_the_whole_chain() throws Exception {
		Pkcs.assumeOpenssl();
		List<X509Certificate> served = authority.serverCertificate();
		X509Certificate leaf = served.get(0);
		X509Certificate issuing = served.get(1);
		X509Certificate root = served.get(2);
		assertThat(RelyingParty.crlDistributionPoint(issuing)).isEqualTo("/pki/root.crl");
		assertThat(bytes(RelyingParty.caIssuers(issuing))).isEqualTo(root.getEncoded());
		assertThat(bytes(RelyingParty.caIssuers(leaf))).isEqualTo(issuing.getEncoded());
		Path rootCrl = write("root.crl", bytes(RelyingParty.crlDistributionPoint(issuing)));
		Path issuingCrl = write("issuing.crl", bytes(RelyingParty.crlDistributionPoint(leaf)));
		Path chain = write("chain.pem", Pkcs.pem(issuing).concat(Pkcs.pem(root)).getBytes(StandardCharsets.US_ASCII));
		Path server = write("server.pem", Pkcs.pem(leaf).getBytes(StandardCharsets.US_ASCII));
		for (Path crl : List.of(rootCrl, issuingCrl)) {
			Pkcs.openssl("crl", "-inform", "DER", "-in", crl.toString(), "-out", crl + ".pem");
		}

		assertThat(Pkcs.openssl("verify", "-crl_check_all", "-purpose", "sslserver", "-CAfile", chain.toString(),
				"-CRLfile", rootCrl + ".pem", "-CRLfile", issuingCrl + ".pem", server.toString()))
			.contains("server.pem: OK");
		assertThat(mvc.get().uri("/pki/sm2/root.crl").exchange()).hasStatusOk().hasContentType("application/pkix-crl");
		assertThat(mvc.get().uri("/pki/issuing/999.crl").exchange()).hasStatus(404);
	}

	/**
	 * Issue 15: OCSP answered POST only. RFC 6960 appendix A.1: GET with the URL-encoded
	 * base64 of the request in the path, here as the JDK's own OCSP client encodes it
	 * ({@code /} as {@code %2F}), over real HTTP.
	 */
	@Test
	void the_ocsp_responder_answers_get_requests() throws Exception {
		List<X509Certificate> served = authority.serverCertificate();
		byte[] request = RelyingParty.ocspRequest(served.get(0), served.get(1));
		String encoded = URLEncoder.encode(Base64.getEncoder().encodeToString(request), StandardCharsets.UTF_8);
		assertThat(encoded).contains("%2F", "%2B");

		HttpResponse<byte[]> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pki/ocsp/" + encoded)).build(),
					HttpResponse.BodyHandlers.ofByteArray());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/ocsp-response");
		assertThat(RelyingParty.ocspStatus(answer.body(), served.get(1))).isEqualTo("good");
	}

	/**
	 * Issue 15: a 100 MB chunked body to /pki/ocsp was read whole before the 413. Now the
	 * answer comes after at most 64 KiB are read: the client has sent only a little when
	 * the 413 arrives.
	 */
	@Test
	void a_huge_ocsp_body_is_refused_without_being_read() throws Exception {
		long limit = 100L * 1024 * 1024;
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /pki/ocsp HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/ocsp-request\r\n"
					+ "Transfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			AtomicLong written = new AtomicLong();
			AtomicLong writtenWhenAnswered = new AtomicLong(-1);
			CompletableFuture<String> statusLine = CompletableFuture.supplyAsync(() -> {
				try {
					String line = new java.io.BufferedReader(
							new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
						.readLine();
					writtenWhenAnswered.set(written.get());
					return line;
				}
				catch (IOException ex) {
					return "no answer: " + ex;
				}
			});
			byte[] chunk = new byte[64 * 1024];
			byte[] header = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
			try {
				while (written.get() < limit && !statusLine.isDone()) {
					out.write(header);
					out.write(chunk);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					written.addAndGet(chunk.length);
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			catch (IOException closed) {
				// the server stopped reading and closed the connection
			}
			assertThat(statusLine.get(60, java.util.concurrent.TimeUnit.SECONDS)).startsWith("HTTP/1.1 413");
			assertThat(writtenWhenAnswered.get()).as("bytes sent before the 413 arrived").isLessThan(8L * 1024 * 1024);
		}
	}

	private byte[] bytes(String path) throws Exception {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
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
