package org.zhengtong.pki.internal;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * A key and its certificate chain as a PKCS#12 file the way current OpenSSL and browsers
 * expect it: key and certificates encrypted with AES-256-CBC under PBKDF2 (HMAC-SHA256,
 * 100,000 iterations), the whole file MACed with SHA-256 — no {@code -legacy} needed.
 */
final class Pkcs12 {

	private Pkcs12() {
	}

	static byte[] of(PrivateKey key, List<X509Certificate> chain, String name, char[] password) {
		try {
			OutputEncryptor encryptor = new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
				.setProvider("BC")
				.setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256))
				.setIterationCount(100_000)
				.build(password);
			List<PKCS12SafeBag> certificates = new ArrayList<>();
			for (int i = 0; i < chain.size(); i++) {
				PKCS12SafeBagBuilder bag = new JcaPKCS12SafeBagBuilder(chain.get(i));
				if (i == 0) {
					bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(name));
					bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId,
							new org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils()
								.createSubjectKeyIdentifier(chain.get(0).getPublicKey()));
				}
				certificates.add(bag.build());
			}
			PKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(key, encryptor);
			keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(name));
			keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId,
					new org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils()
						.createSubjectKeyIdentifier(chain.get(0).getPublicKey()));
			PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
			pfx.addEncryptedData(encryptor, certificates.toArray(PKCS12SafeBag[]::new));
			pfx.addData(keyBag.build());
			PKCS12PfxPdu pdu = pfx.build(
					new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256).setIterationCount(100_000),
					password);
			return pdu.getEncoded();
		}
		catch (IOException | PKCSException | java.security.GeneralSecurityException
				| org.bouncycastle.operator.OperatorCreationException ex) {
			throw new IllegalStateException("Cannot build the PKCS#12 file", ex);
		}
	}

}
