package org.zhengtong.pki;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.testing.Pkcs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same OpenSSL checks on an installation configured for RSA
 * ({@code zhengtong.pki.algorithm: RSA}): its own application context and its own
 * embedded database, whose first start makes RSA-3072 CAs. openssl verifies an issued
 * certificate and the server's against /pki/chain.pem, reads the CRL with a revoked
 * serial, and the OCSP responder answers good, then revoked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "zhengtong.pki.algorithm=RSA", "zhengtong.tls.port=-1",
				"zhengtong.embedded-database.temporary=false" })
@ActiveProfiles("test")
@org.springframework.test.annotation.DirtiesContext
class RsaHierarchyIntegrationTests {

	/** Its own database server, stopped with the context after this class. */
	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws java.io.IOException {
		Path database = Files.createTempDirectory("zhengtong-rsa");
		registry.add("zhengtong.embedded-database.data-directory", () -> database.resolve("postgres").toString());
	}

	@BeforeAll
	static void openssl() {
		Pkcs.assumeOpenssl();
	}

	@Autowired
	CertificateRequests requests;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@LocalServerPort
	int port;

	@TempDir
	Path directory;

	@Test
	void openssl_accepts_what_an_rsa_hierarchy_issues_and_hears_of_its_revocation() throws Exception {
		Path chain = Files.write(directory.resolve("chain.pem"), get("/pki/chain.pem"));
		assertThat(Pkcs.openssl("x509", "-noout", "-text", "-in", chain.toString())).contains("Public-Key: (3072 bit)",
				"sha256WithRSAEncryption");

		UUID unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市RSA局", "RSA局", "RSA Bureau", null), null, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		platformAccounts.createStaff("rsaholder", "持证人", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.createStaff("rsaoperator", "审核员", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.grant("rsaoperator", PkiRoles.RA_OPERATOR);
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(2048);
		requests.submit("rsaholder", Pkcs.csr(rsa.generateKeyPair(), "CN=x").getBytes(StandardCharsets.US_ASCII));
		CertificateView issued = requests.approve(requests.requestsOf("rsaholder").get(0).id(), "rsaoperator")
			.orElseThrow();
		Path certificate = Files.writeString(directory.resolve("holder.pem"),
				requests.pem(issued.serial()).orElseThrow());
		assertThat(Pkcs.openssl("verify", "-CAfile", chain.toString(), "-purpose", "sslclient", certificate.toString()))
			.contains("holder.pem: OK");
		assertThat(Pkcs.openssl("x509", "-noout", "-text", "-in", certificate.toString()))
			.contains("Digital Signature, Key Encipherment", "TLS Web Client Authentication");

		String chainText = Files.readString(chain);
		Path issuing = Files.writeString(directory.resolve("issuing.pem"),
				chainText.substring(0, chainText.indexOf("-----END CERTIFICATE-----") + 25));
		String[] ocsp = { "ocsp", "-issuer", issuing.toString(), "-cert", certificate.toString(), "-url",
				"http://localhost:" + port + "/pki/ocsp", "-CAfile", chain.toString() };
		assertThat(Pkcs.openssl(ocsp)).contains("Response verify OK", "holder.pem: good");

		requests.revoke(issued.serial(), 1, "rsaholder");
		Path crl = Files.write(directory.resolve("crl.der"), get("/pki/crl"));
		assertThat(Pkcs.openssl("crl", "-inform", "DER", "-in", crl.toString(), "-CAfile", chain.toString(), "-noout",
				"-text"))
			.contains("verify OK")
			.containsIgnoringCase(issued.serial())
			.contains("Key Compromise");
		assertThat(Pkcs.openssl(ocsp)).contains("holder.pem: revoked", "Reason: keyCompromise");
	}

	private byte[] get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray())
			.body();
	}

}
