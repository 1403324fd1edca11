package org.zhengtong.pki.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataParser;
import org.bouncycastle.cms.CMSSignedDataStreamGenerator;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.operator.jcajce.JceAsymmetricKeyWrapper;
import org.bouncycastle.util.Store;
import org.jspecify.annotations.Nullable;
import org.zhengtong.pki.Cms.Credential;
import org.zhengtong.pki.PkiRefused;

/**
 * The CMS streams themselves, with Bouncy Castle and nothing else: no database, no
 * Spring, so a forked JVM can prove that size does not matter. Content moves in
 * {@value #BLOCK}-byte blocks, written as BER chunks of the same size.
 */
final class CmsStreams {

	static final int BLOCK = 64 * 1024;

	/**
	 * The JDK's AES for the content (it uses the processor's AES instructions, several
	 * times faster than a pure-Java cipher); Bouncy Castle for key transport and
	 * agreement.
	 */
	private static final java.security.Provider CONTENT = java.security.Security.getProvider("SunJCE");

	private CmsStreams() {
	}

	/** What a signature says, before the signer's certificate is judged. */
	record Signed(boolean intact, @Nullable X509Certificate signer, @Nullable Instant signingTime) {
	}

	/** Writes a SignedData to {@code out}; returns the stream to write the content to. */
	static OutputStream signing(Credential signer, OutputStream out, boolean attached) {
		CertificateBuilder.registerProvider();
		try {
			X509Certificate certificate = signer.certificate();
			var contentSigner = CertificateBuilder.signer(keyAlgorithm(certificate.getPublicKey()), signer.key());
			CMSSignedDataStreamGenerator generator = new CMSSignedDataStreamGenerator();
			generator
				.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests()).build(contentSigner, certificate));
			generator.addCertificates(new JcaCertStore(signer.chain()));
			generator.setBufferSize(BLOCK);
			return generator.open(out, attached);
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException ex) {
			throw new IllegalStateException("Cannot start the signature", ex);
		}
	}

	/**
	 * Reads a SignedData, copying its signed content to {@code content} (attached) or
	 * reading it from {@code detached}, then checks the first signer's signature.
	 */
	static Signed verify(InputStream signedData, @Nullable InputStream detached, OutputStream content) {
		CertificateBuilder.registerProvider();
		try {
			CMSSignedDataParser parser = detached == null ? new CMSSignedDataParser(digests(), buffered(signedData))
					: new CMSSignedDataParser(digests(), new CMSTypedStream(buffered(detached)), buffered(signedData));
			CMSTypedStream signed = parser.getSignedContent();
			if (signed == null) {
				throw PkiRefused.contentMissing();
			}
			try (InputStream stream = signed.getContentStream()) {
				stream.transferTo(detached == null ? content : OutputStream.nullOutputStream());
			}
			Store<X509CertificateHolder> certificates = parser.getCertificates();
			Collection<SignerInformation> signers = parser.getSignerInfos().getSigners();
			if (signers.isEmpty()) {
				return new Signed(false, null, null);
			}
			SignerInformation first = signers.iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = certificates.getMatches(first.getSID());
			if (matches.isEmpty()) {
				return new Signed(false, null, signingTime(first));
			}
			X509CertificateHolder holder = matches.iterator().next();
			X509Certificate certificate = new JcaX509CertificateConverter().setProvider("BC").getCertificate(holder);
			boolean intact;
			try {
				intact = first.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider("BC").build(holder));
			}
			catch (CMSException ex) {
				intact = false;
			}
			return new Signed(intact, certificate, signingTime(first));
		}
		catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException
				| RuntimeException ex) {
			if (ex instanceof PkiRefused refused) {
				throw refused;
			}
			throw PkiRefused.notCms();
		}
	}

	/**
	 * Writes an EnvelopedData for the recipients to {@code out}; returns the stream to
	 * write the content to.
	 * @param contentType what the content is (data, or the SignedData of
	 * sign-and-encrypt)
	 */
	static OutputStream encrypting(OutputStream out, List<X509Certificate> recipients,
			ASN1ObjectIdentifier contentType) {
		CertificateBuilder.registerProvider();
		if (recipients.isEmpty()) {
			throw new IllegalArgumentException("An envelope needs at least one recipient");
		}
		try {
			CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
			List<X509Certificate> agreeing = new ArrayList<>();
			for (X509Certificate recipient : recipients) {
				switch (keyAlgorithm(recipient.getPublicKey())) {
					case "RSA" -> generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient,
							new JceAsymmetricKeyWrapper(new OAEPParameterSpec("SHA-256", "MGF1",
									MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT), recipient.getPublicKey()))
						.setProvider("BC"));
					case "EC" -> agreeing.add(recipient);
					default -> throw PkiRefused.cannotEncryptFor(recipient.getSubjectX500Principal().getName());
				}
			}
			if (!agreeing.isEmpty()) {
				// One ephemeral key for the message, agreed with every P-256 recipient.
				KeyPairGenerator keys = KeyPairGenerator.getInstance("EC");
				keys.initialize(new ECGenParameterSpec("secp256r1"));
				KeyPair ephemeral = keys.generateKeyPair();
				JceKeyAgreeRecipientInfoGenerator agreement = new JceKeyAgreeRecipientInfoGenerator(
						CMSAlgorithm.ECDH_SHA256KDF, ephemeral.getPrivate(), ephemeral.getPublic(),
						CMSAlgorithm.AES256_WRAP)
					.setProvider("BC");
				for (X509Certificate recipient : agreeing) {
					agreement.addRecipient(recipient);
				}
				generator.addRecipientInfoGenerator(agreement);
			}
			generator.setBufferSize(BLOCK);
			return generator.open(contentType, out,
					new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).setProvider(CONTENT).build());
		}
		catch (GeneralSecurityException | CMSException | IOException ex) {
			throw new IllegalStateException("Cannot start the envelope", ex);
		}
	}

	static OutputStream encrypting(OutputStream out, List<X509Certificate> recipients) {
		return encrypting(out, recipients, CMSObjectIdentifiers.data);
	}

	/**
	 * The decrypted content of an EnvelopedData addressed to the credential, to read.
	 */
	static InputStream decrypting(InputStream envelopedData, Credential recipient) {
		CertificateBuilder.registerProvider();
		try {
			CMSEnvelopedDataParser parser = new CMSEnvelopedDataParser(buffered(envelopedData));
			X509CertificateHolder certificate = new JcaX509CertificateHolder(recipient.certificate());
			for (RecipientInformation information : parser.getRecipientInfos().getRecipients()) {
				if (information.getRID().match(certificate)) {
					return information.getContentStream(opener(information, recipient.key())).getContentStream();
				}
			}
			throw PkiRefused.notForThisKey();
		}
		catch (CMSException | GeneralSecurityException | IOException | RuntimeException ex) {
			if (ex instanceof PkiRefused refused) {
				throw refused;
			}
			throw PkiRefused.notCms();
		}
	}

	private static Recipient opener(RecipientInformation information, PrivateKey key) {
		if (information instanceof KeyTransRecipientInformation) {
			return new JceKeyTransEnvelopedRecipient(key).setProvider("BC").setContentProvider(CONTENT);
		}
		if (information instanceof KeyAgreeRecipientInformation) {
			return new JceKeyAgreeEnvelopedRecipient(key).setProvider("BC").setContentProvider(CONTENT);
		}
		throw PkiRefused.notForThisKey();
	}

	/** Signs everything {@code content} holds. */
	static void sign(Credential signer, InputStream content, OutputStream signedData, boolean attached)
			throws IOException {
		try (OutputStream sink = signing(signer, signedData, attached)) {
			content.transferTo(sink);
		}
	}

	static void encrypt(InputStream content, OutputStream envelopedData, List<X509Certificate> recipients)
			throws IOException {
		try (OutputStream sink = encrypting(envelopedData, recipients)) {
			content.transferTo(sink);
		}
	}

	static void decrypt(InputStream envelopedData, OutputStream content, Credential recipient) throws IOException {
		try (InputStream opened = decrypting(envelopedData, recipient)) {
			opened.transferTo(content);
		}
	}

	/** An EnvelopedData holding the attached SignedData, in one pass. */
	static void signAndEncrypt(Credential signer, InputStream content, OutputStream envelopedData,
			List<X509Certificate> recipients) throws IOException {
		try (OutputStream envelope = encrypting(envelopedData, recipients, CMSObjectIdentifiers.signedData);
				OutputStream sink = signing(signer, keptOpen(envelope), true)) {
			content.transferTo(sink);
		}
	}

	static Signed decryptAndVerify(InputStream envelopedData, OutputStream content, Credential recipient)
			throws IOException {
		try (InputStream opened = decrypting(envelopedData, recipient)) {
			return verify(buffered(opened), null, content);
		}
	}

	/** The envelope is finished by its own close, after the signature's. */
	private static OutputStream keptOpen(OutputStream out) {
		return new java.io.FilterOutputStream(out) {

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}

		};
	}

	/**
	 * The parsers read a few bytes at a time: from a file, each read would be a system
	 * call.
	 */
	private static InputStream buffered(InputStream in) {
		return in instanceof java.io.BufferedInputStream || in instanceof java.io.ByteArrayInputStream ? in
				: new java.io.BufferedInputStream(in, BLOCK);
	}

	/** RSA, EC (P-256) or SM2, from the key's encoding. */
	static String keyAlgorithm(PublicKey key) {
		if (key.getAlgorithm().equals("RSA")) {
			return "RSA";
		}
		ASN1Encodable parameters = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm().getParameters();
		if (parameters != null
				&& GMObjectIdentifiers.sm2p256v1.equals(X962Parameters.getInstance(parameters).getParameters())) {
			return "SM2";
		}
		return "EC";
	}

	private static @Nullable Instant signingTime(SignerInformation signer) {
		if (signer.getSignedAttributes() == null) {
			return null;
		}
		Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
		if (attribute == null || attribute.getAttrValues().size() == 0) {
			return null;
		}
		return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
	}

	/**
	 * Digests from the first provider that has them: the JDK's SHA-256 (with the
	 * processor's instructions), Bouncy Castle's SM3.
	 */
	private static DigestCalculatorProvider digests() throws OperatorCreationException {
		return new JcaDigestCalculatorProviderBuilder().build();
	}

}
