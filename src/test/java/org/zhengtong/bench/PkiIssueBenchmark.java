package org.zhengtong.bench;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhengtong.ZhengtongApplication;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.pki.CertificateRequests;

/**
 * Certificates issued per second through the RA service — a PKCS#10 in, checked, request
 * stored and audited, approved by an operator, certificate signed, stored and audited —
 * against a raw Bouncy Castle loop doing the cryptography only (CSR signature check,
 * build, sign, DER) with the same key type (ECDSA P-256), in one run. Not a test:
 * bench/pki-issue.sh.
 */
public final class PkiIssueBenchmark {

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
		System.out.printf("making %d P-256 certificate requests …%n", count);
		List<PKCS10CertificationRequest> csrs = IntStream.range(0, count).parallel().mapToObj((i) -> csr()).toList();
		List<byte[]> pems = csrs.stream().map(PkiIssueBenchmark::pem).toList();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengtongApplication.class)
			.profiles("test")
			.properties("server.port=0", "zhengtong.tls.port=-1", "logging.level.root=WARN",
					"spring.main.banner-mode=off", "spring.datasource.hikari.maximum-pool-size=" + (threads + 2))
			.run()) {
			PlatformAccounts platformAccounts = context.getBean(PlatformAccounts.class);
			CertificateRequests requests = context.getBean(CertificateRequests.class);
			UUID unit = context.getBean(UnitManagement.class)
				.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市基准测试局", "基准测试局", "Benchmark Bureau", null), null,
						0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
				.id();
			platformAccounts.createStaff("bench-holder", "基准测试", new StaffPost(unit, null, "科员", true, null));
			platformAccounts.createStaff("bench-ra", "审核员", new StaffPost(unit, null, "科员", true, null));
			platformAccounts.grant("bench-ra", PkiRoles.RA_OPERATOR);
			Parallel.Step throughRa = (
					i) -> requests.approve(requests.submit("bench-holder", pems.get(i)).id(), "bench-ra").orElseThrow();
			Parallel.run("warm-up, RA", Math.min(200, count), threads, throughRa);
			double ra = Parallel.run("RA: CSR checked, request + certificate stored, audited", count, threads,
					throughRa);

			KeyPair issuer = p256();
			X500Name issuerName = new X500Name("C=CN, O=Bench, CN=Bench issuing CA");
			// A signer holds state: one per thread, as the RA builds one per certificate.
			ThreadLocal<ContentSigner> signers = ThreadLocal.withInitial(() -> {
				try {
					return new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate());
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			SecureRandom random = new SecureRandom();
			Parallel.Step raw = (i) -> {
				PKCS10CertificationRequest csr = csrs.get(i);
				if (!csr
					.isSignatureValid(new JcaContentVerifierProviderBuilder().build(csr.getSubjectPublicKeyInfo()))) {
					throw new IllegalStateException("bad CSR");
				}
				Instant now = Instant.now();
				X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuerName, new BigInteger(128, random),
						Date.from(now), Date.from(now.plus(Duration.ofDays(730))),
						new X500Name("C=CN, O=Bench, CN=基准测试, UID=bench-holder"), csr.getSubjectPublicKeyInfo())
					.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
					.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
					.addExtension(Extension.extendedKeyUsage, false,
							new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
				builder.build(signers.get()).getEncoded();
			};
			Parallel.run("warm-up, raw", Math.min(200, count), threads, raw);
			double bc = Parallel.run("raw Bouncy Castle: verify CSR, build, sign, DER", count, threads, raw);
			System.out.printf("RA / raw: %.0f %%%n", 100 * ra / bc);
		}
	}

	private static KeyPair p256() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static PKCS10CertificationRequest csr() {
		try {
			KeyPair keys = p256();
			return new JcaPKCS10CertificationRequestBuilder(new X500Principal("CN=bench"), keys.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] pem(PKCS10CertificationRequest csr) {
		StringWriter text = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
			writer.writeObject(csr);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
