package org.zhengtong.pki.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.jspecify.annotations.Nullable;

/**
 * Key pairs, serial numbers and the parts every certificate shares. SM2 comes from the
 * Bouncy Castle provider; RSA and ECDSA from the JDK's.
 */
final class CertificateBuilder {

	static {
		registerProvider();
	}

	/** Bouncy Castle for SM2 and PKCS#8 encryption, once per JVM. */
	static synchronized void registerProvider() {
		if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
			Security.addProvider(new BouncyCastleProvider());
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private CertificateBuilder() {
	}

	/** RSA (3072 bits for a CA, 2048 otherwise), EC (P-256) or SM2. */
	static KeyPair keyPair(String algorithm, boolean authority) {
		try {
			return switch (algorithm) {
				case "RSA" -> {
					KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
					generator.initialize(authority ? 3072 : 2048);
					yield generator.generateKeyPair();
				}
				case "EC" -> {
					KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
					generator.initialize(new ECGenParameterSpec("secp256r1"));
					yield generator.generateKeyPair();
				}
				case "SM2" -> {
					KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastleProvider.PROVIDER_NAME);
					generator.initialize(new ECGenParameterSpec("sm2p256v1"));
					yield generator.generateKeyPair();
				}
				default -> throw new IllegalArgumentException("Unknown key algorithm " + algorithm);
			};
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * 128 random bits, positive, always 32 hexadecimal digits (RFC 5280: at most 20
	 * octets).
	 */
	static BigInteger serial() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		bytes[0] = (byte) (0x40 | (bytes[0] & 0x3f));
		return new BigInteger(1, bytes);
	}

	static String hex(BigInteger serial) {
		return serial.toString(16);
	}

	static ContentSigner signer(String algorithm, PrivateKey key) {
		try {
			return switch (algorithm) {
				case "RSA" -> new JcaContentSignerBuilder("SHA256withRSA").build(key);
				case "EC" -> new JcaContentSignerBuilder("SHA256withECDSA").build(key);
				case "SM2" -> new JcaContentSignerBuilder("SM3withSM2").setProvider(BouncyCastleProvider.PROVIDER_NAME)
					.build(key);
				default -> throw new IllegalArgumentException("Unknown key algorithm " + algorithm);
			};
		}
		catch (OperatorCreationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A CA certificate without name constraints (self-signed ones in tests). */
	static X509Certificate authority(X500Name subject, KeyPair keys, String algorithm, X500Name issuerName,
			@Nullable X509Certificate issuer, PrivateKey issuerKey, String issuerAlgorithm, int pathLength,
			Instant from, Duration validity) {
		return authority(subject, keys, algorithm, issuerName, issuer, issuerKey, issuerAlgorithm, pathLength, from,
				validity, null, null);
	}

	/** More extensions for a certificate being built. */
	interface Extensions {

		void add(X509v3CertificateBuilder builder) throws java.io.IOException;

	}

	/**
	 * A CA certificate: self-signed when {@code issuer} is null.
	 * @param constraints RFC 5280 name constraints (critical), or {@code null}
	 * @param more further extensions (publication points), or {@code null}
	 */
	static X509Certificate authority(X500Name subject, KeyPair keys, String algorithm, X500Name issuerName,
			@Nullable X509Certificate issuer, PrivateKey issuerKey, String issuerAlgorithm, int pathLength,
			Instant from, Duration validity, @Nullable NameConstraints constraints, @Nullable Extensions more) {
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, serial(), Date.from(from),
					Date.from(from.plus(validity)), subject, keys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
				.addExtension(Extension.subjectKeyIdentifier, false,
						utils.createSubjectKeyIdentifier(keys.getPublic()));
			PublicKey authorityKey = issuer == null ? keys.getPublic() : issuer.getPublicKey();
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					utils.createAuthorityKeyIdentifier(authorityKey));
			if (constraints != null) {
				builder.addExtension(Extension.nameConstraints, true, constraints);
			}
			if (more != null) {
				more.add(builder);
			}
			return convert(builder, signer(issuerAlgorithm, issuerKey));
		}
		catch (GeneralSecurityException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static X509Certificate convert(X509v3CertificateBuilder builder, ContentSigner signer) {
		try {
			return new JcaX509CertificateConverter().setProvider(BouncyCastleProvider.PROVIDER_NAME)
				.getCertificate(builder.build(signer));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String fingerprint(byte[] der) {
		try {
			return HexFormat.ofDelimiter(":")
				.withUpperCase()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(der));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
