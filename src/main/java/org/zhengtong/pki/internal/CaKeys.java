package org.zhengtong.pki.internal;

import java.io.IOException;
import java.security.PrivateKey;
import java.util.Base64;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Secrets;
import org.zhengtong.platform.StartupRefused;

/**
 * The CA's private keys at rest: PKCS#8 encrypted (AES-256-CBC, PBKDF2) under a password
 * from configuration ({@code zhengtong.pki.key-password}) or
 * {@code ./data/secrets/ca-key-password} — never in the database in clear, never in the
 * repository. A hardware module (PKCS#11) would replace this class.
 */
@Component
class CaKeys {

	private final char[] password;

	CaKeys(Secrets secrets) {
		CertificateBuilder.registerProvider();
		this.password = Base64.getEncoder()
			.encodeToString(secrets.get("ca-key-password", "zhengtong.pki.key-password", 32))
			.toCharArray();
	}

	byte[] seal(PrivateKey key) {
		try {
			var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
				.setProvider(BouncyCastleProvider.PROVIDER_NAME)
				.setPassword(password)
				.setIterationCount(100_000)
				.build();
			return new JcaPKCS8Generator(key, encryptor).generate().getContent();
		}
		catch (OperatorCreationException | org.bouncycastle.util.io.pem.PemGenerationException ex) {
			throw new IllegalStateException("Cannot encrypt a private key", ex);
		}
	}

	/**
	 * @throws StartupRefused when the password does not open the key
	 */
	PrivateKey open(byte[] sealed) {
		try {
			PrivateKeyInfo info = new PKCS8EncryptedPrivateKeyInfo(sealed)
				.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider("BC").build(password));
			return new JcaPEMKeyConverter().setProvider("BC").getPrivateKey(info);
		}
		catch (PKCSException | OperatorCreationException | IOException ex) {
			throw new StartupRefused(
					"The certificate authority's private key cannot be opened with the configured "
							+ "password (zhengtong.pki.key-password or ./data/secrets/ca-key-password).",
					"Restore the key password that was in use when the CA was created (from your backup of "
							+ "./data/secrets or your secret store). Do not delete the CA: every certificate it "
							+ "issued depends on it.",
					ex);
		}
	}

}
