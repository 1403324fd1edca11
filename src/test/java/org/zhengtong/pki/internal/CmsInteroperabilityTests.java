package org.zhengtong.pki.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveSpec;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengtong.pki.Cms.Credential;
import org.zhengtong.pki.PkiRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengtong.testing.Pkcs.assumeOpenssl;
import static org.zhengtong.testing.Pkcs.openssl;

/**
 * CMS both ways with the real {@code openssl cms} (RSA and ECDSA P-256): what we sign and
 * encrypt, OpenSSL verifies and decrypts; what OpenSSL signs and encrypts, we verify and
 * decrypt. SM2, which Debian's OpenSSL does not do in CMS, by a Bouncy Castle round trip
 * and the published GM/T 0003.5 signature example.
 */
class CmsInteroperabilityTests {

	@TempDir
	static Path directory;

	static byte[] document;

	@BeforeAll
	static void keysAndCertificates() throws Exception {
		assumeOpenssl();
		for (String kind : List.of("ec", "rsa")) {
			openssl("req", "-x509", "-newkey", kind.equals("ec") ? "ec" : "rsa:2048", "-pkeyopt",
					kind.equals("ec") ? "ec_paramgen_curve:P-256" : "rsa_keygen_bits:2048", "-nodes", "-keyout",
					file(kind + ".key"), "-out", file(kind + ".crt"), "-days", "2", "-subj", "/O=秦川市/CN=" + kind,
					"-addext", "keyUsage=critical,digitalSignature,nonRepudiation,keyEncipherment,keyAgreement",
					"-utf8");
		}
		document = new byte[300_000];
		new Random(7).nextBytes(document);
		Files.write(directory.resolve("document.bin"), document);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ec", "rsa" })
	void opensslVerifiesWhatWeSignAttachedAndDetached(String kind) throws Exception {
		ByteArrayOutputStream attached = new ByteArrayOutputStream();
		CmsStreams.sign(credential(kind), new ByteArrayInputStream(document), attached, true);
		Files.write(directory.resolve("attached.p7s"), attached.toByteArray());
		openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", file("attached.p7s"), "-CAfile",
				file(kind + ".crt"), "-purpose", "any", "-out", file("verified.bin"));
		assertThat(Files.readAllBytes(directory.resolve("verified.bin"))).isEqualTo(document);

		ByteArrayOutputStream detached = new ByteArrayOutputStream();
		CmsStreams.sign(credential(kind), new ByteArrayInputStream(document), detached, false);
		assertThat(detached.size()).as("the content is not inside").isLessThan(document.length / 10);
		Files.write(directory.resolve("detached.p7s"), detached.toByteArray());
		openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", file("detached.p7s"), "-content",
				file("document.bin"), "-CAfile", file(kind + ".crt"), "-purpose", "any", "-out", "/dev/null");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ec", "rsa" })
	void weVerifyWhatOpensslSignsAndNoticeAnAlteredFile(String kind) throws Exception {
		openssl("cms", "-sign", "-binary", "-nodetach", "-md", "sha256", "-in", file("document.bin"), "-signer",
				file(kind + ".crt"), "-inkey", file(kind + ".key"), "-outform", "DER", "-out", file("openssl.p7s"));
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		CmsStreams.Signed signed = CmsStreams.verify(Files.newInputStream(directory.resolve("openssl.p7s")), null,
				content);
		assertThat(signed.intact()).isTrue();
		assertThat(signed.signer().getSubjectX500Principal().getName()).contains("CN=" + kind);
		assertThat(signed.signingTime()).isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now());
		assertThat(content.toByteArray()).isEqualTo(document);

		openssl("cms", "-sign", "-binary", "-md", "sha256", "-in", file("document.bin"), "-signer", file(kind + ".crt"),
				"-inkey", file(kind + ".key"), "-outform", "DER", "-out", file("detached.p7s"));
		assertThat(CmsStreams
			.verify(Files.newInputStream(directory.resolve("detached.p7s")), new ByteArrayInputStream(document),
					OutputStreamHolder.NONE)
			.intact()).isTrue();
		byte[] altered = document.clone();
		altered[150_000] ^= 1;
		assertThat(CmsStreams
			.verify(Files.newInputStream(directory.resolve("detached.p7s")), new ByteArrayInputStream(altered),
					OutputStreamHolder.NONE)
			.intact()).as("one bit changed").isFalse();
		assertThatThrownBy(() -> CmsStreams.verify(Files.newInputStream(directory.resolve("detached.p7s")), null,
				OutputStreamHolder.NONE))
			.isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.contentMissing");
	}

	@Test
	void opensslOpensOurEnvelopeWithEitherRecipientsKey() throws Exception {
		ByteArrayOutputStream envelope = new ByteArrayOutputStream();
		CmsStreams.encrypt(new ByteArrayInputStream(document), envelope,
				List.of(credential("ec").certificate(), credential("rsa").certificate()));
		Files.write(directory.resolve("envelope.p7m"), envelope.toByteArray());
		for (String kind : List.of("ec", "rsa")) {
			Files.deleteIfExists(directory.resolve("opened.bin"));
			openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", file("envelope.p7m"), "-recip",
					file(kind + ".crt"), "-inkey", file(kind + ".key"), "-out", file("opened.bin"));
			assertThat(Files.readAllBytes(directory.resolve("opened.bin"))).as(kind).isEqualTo(document);
		}
		assertThat(openssl("cms", "-cmsout", "-print", "-inform", "DER", "-in", file("envelope.p7m")))
			.contains("aes-256-cbc")
			.contains("rsaesOaep")
			.contains("dhSinglePass-stdDH-sha256kdf-scheme");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ec", "rsa" })
	void weOpenOpensslsEnvelope(String kind) throws Exception {
		openssl("cms", "-encrypt", "-binary", "-aes256", "-in", file("document.bin"), "-outform", "DER", "-out",
				file("openssl.p7m"), file(kind + ".crt"));
		ByteArrayOutputStream opened = new ByteArrayOutputStream();
		CmsStreams.decrypt(Files.newInputStream(directory.resolve("openssl.p7m")), opened, credential(kind));
		assertThat(opened.toByteArray()).isEqualTo(document);
		String other = kind.equals("ec") ? "rsa" : "ec";
		assertThatThrownBy(() -> CmsStreams.decrypt(Files.newInputStream(directory.resolve("openssl.p7m")),
				OutputStreamHolder.NONE, credential(other)))
			.isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.notForThisKey");
	}

	@Test
	void signedThenEncryptedOpensWithOpensslAndBack() throws Exception {
		ByteArrayOutputStream envelope = new ByteArrayOutputStream();
		CmsStreams.signAndEncrypt(credential("ec"), new ByteArrayInputStream(document), envelope,
				List.of(credential("rsa").certificate()));
		Files.write(directory.resolve("sealed.p7m"), envelope.toByteArray());
		openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", file("sealed.p7m"), "-recip", file("rsa.crt"),
				"-inkey", file("rsa.key"), "-out", file("signed.p7s"));
		openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", file("signed.p7s"), "-CAfile", file("ec.crt"),
				"-purpose", "any", "-out", file("content.bin"));
		assertThat(Files.readAllBytes(directory.resolve("content.bin"))).isEqualTo(document);

		ByteArrayOutputStream content = new ByteArrayOutputStream();
		CmsStreams.Signed signed = CmsStreams.decryptAndVerify(new ByteArrayInputStream(envelope.toByteArray()),
				content, credential("rsa"));
		assertThat(signed.intact()).isTrue();
		assertThat(content.toByteArray()).isEqualTo(document);
	}

	@Test
	void somethingElseIsRefusedAsNotCms() {
		byte[] garbage = "这不是 CMS".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> CmsStreams.verify(new ByteArrayInputStream(garbage), null, OutputStreamHolder.NONE))
			.isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.notCms");
		assertThatThrownBy(
				() -> CmsStreams.decrypt(new ByteArrayInputStream(garbage), OutputStreamHolder.NONE, credential("ec")))
			.isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.notCms");
	}

	@Test
	void sm2SignaturesRoundTripInCmsAndAnAlteredOneFails() throws Exception {
		KeyPair keys = CertificateBuilder.keyPair("SM2", false);
		X500Name name = new X500Name("CN=SM2 seal, O=Qinchuan");
		X509Certificate certificate = CertificateBuilder.authority(name, keys, "SM2", name, null, keys.getPrivate(),
				"SM2", 0, Instant.now(), Duration.ofDays(1));
		Credential seal = new Credential(keys.getPrivate(), List.of(certificate));
		ByteArrayOutputStream signature = new ByteArrayOutputStream();
		CmsStreams.sign(seal, new ByteArrayInputStream(document), signature, false);
		assertThat(openssl("asn1parse", "-inform", "DER", "-in", write("sm2.p7s", signature.toByteArray())))
			.as("SM3withSM2, OID 1.2.156.10197.1.501, as OpenSSL names it")
			.contains("SM2-with-SM3");
		assertThat(CmsStreams
			.verify(new ByteArrayInputStream(signature.toByteArray()), new ByteArrayInputStream(document),
					OutputStreamHolder.NONE)
			.intact()).isTrue();
		byte[] altered = document.clone();
		altered[0] ^= 1;
		assertThat(CmsStreams
			.verify(new ByteArrayInputStream(signature.toByteArray()), new ByteArrayInputStream(altered),
					OutputStreamHolder.NONE)
			.intact()).isFalse();
	}

	/**
	 * GM/T 0003.5-2012 (GB/T 32918.5-2017) annex A: the signature of "message digest"
	 * with the default ID 1234567812345678 by the published key, on the recommended
	 * curve.
	 */
	@Test
	void sm2VerifiesThePublishedExample() throws Exception {
		CertificateBuilder.registerProvider();
		var curve = ECNamedCurveTable.getParameterSpec("sm2p256v1");
		var spec = new ECNamedCurveSpec("sm2p256v1", curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
		var key = KeyFactory.getInstance("EC", "BC")
			.generatePublic(new ECPublicKeySpec(
					new ECPoint(new BigInteger("09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020", 16),
							new BigInteger("CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13", 16)),
					spec));
		byte[] signature = new DERSequence(new ASN1Integer[] {
				new ASN1Integer(new BigInteger("F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3", 16)),
				new ASN1Integer(
						new BigInteger("B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA", 16)) })
			.getEncoded();
		Signature verifier = Signature.getInstance("SM3withSM2", "BC");
		verifier.initVerify(key);
		verifier.update("message digest".getBytes(StandardCharsets.US_ASCII));
		assertThat(verifier.verify(signature)).isTrue();
		verifier.initVerify(key);
		verifier.update("message digesT".getBytes(StandardCharsets.US_ASCII));
		assertThat(verifier.verify(signature)).isFalse();
		assertThat(CmsStreams.keyAlgorithm(key)).isEqualTo("SM2");
		assertThat(HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SM3", "BC")
				.digest("abc".getBytes(StandardCharsets.US_ASCII))))
			.as("GB/T 32905 example 1")
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	static Credential credential(String kind) throws Exception {
		X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(Files.newInputStream(directory.resolve(kind + ".crt")));
		try (PEMParser parser = new PEMParser(new StringReader(Files.readString(directory.resolve(kind + ".key"))))) {
			PrivateKey key = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) parser.readObject());
			return new Credential(key, List.of(certificate));
		}
	}

	static String file(String name) {
		return directory.resolve(name).toString();
	}

	static String write(String name, byte[] bytes) throws Exception {
		Files.write(directory.resolve(name), bytes);
		return file(name);
	}

	/** Somewhere to drop content that is only read. */
	static final class OutputStreamHolder {

		static final java.io.OutputStream NONE = java.io.OutputStream.nullOutputStream();

	}

}
