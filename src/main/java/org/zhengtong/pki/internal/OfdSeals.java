package org.zhengtong.pki.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DERUTF8String;
import org.ofdrw.gm.ses.v1.SES_ESPictrueInfo;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_CertList;
import org.ofdrw.gm.ses.v4.SES_ESPropertyInfo;
import org.ofdrw.gm.ses.v4.SES_SealInfo;
import org.ofdrw.gm.ses.v4.SES_Signature;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.gm.ses.v4.TBS_Sign;
import org.zhengtong.pki.Cms.Credential;
import org.zhengtong.pki.PkiRefused;

/**
 * An OFD (GB/T 33190-2016 §18) sealed with an SM2 electronic seal (GB/T 38540-2020, the
 * version 4 structures of ofdrw-gm): the package gets {@code Doc_0/Signs/Signatures.xml}
 * and {@code Sign_0/Signature.xml} listing every file of the package with its SM3 digest,
 * and {@code SignedValue.dat}, an {@code SES_Signature} whose SM3withSM2 signature covers
 * the SM3 of {@code Signature.xml}. The seal ({@code SESeal}) is made here too, with the
 * unit's own SM2 key as its maker (the platform is the unit's 制章系统: the key is hosted,
 * the subject is the unit's name of the day), holding the unit's certificate and a seal
 * picture. Only what a first document needs: one seal on the first page, one document.
 */
final class OfdSeals {

	static final String SM3_WITH_SM2 = "1.2.156.10197.1.501";

	static final String SM3 = "1.2.156.10197.1.401";

	private static final String NS = "http://www.ofdspec.org/2016";

	private static final String SIGNS = "Doc_0/Signs/";

	private OfdSeals() {
	}

	/**
	 * Seals the OFD.
	 * @param picture the seal's picture (PNG), shown where the seal stands
	 * @throws PkiRefused when this is not an OFD package with {@code Doc_0/Document.xml}
	 */
	static byte[] seal(byte[] ofd, Credential signer, String unitName, byte[] picture, Instant at) {
		Map<String, byte[]> files = unzip(ofd);
		byte[] root = files.get("OFD.xml");
		if (root == null || !files.containsKey("Doc_0/Document.xml")) {
			throw PkiRefused.notOfd();
		}
		if (files.keySet().stream().anyMatch((name) -> name.startsWith(SIGNS))) {
			throw PkiRefused.notOfd();
		}
		String rootXml = new String(root, StandardCharsets.UTF_8);
		rootXml = rootXml.replaceFirst("</ofd:DocRoot>",
				"</ofd:DocRoot><ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>");
		files.put("OFD.xml", rootXml.getBytes(StandardCharsets.UTF_8));
		String pageId = firstPageId(new String(files.get("Doc_0/Document.xml"), StandardCharsets.UTF_8));
		try {
			X509Certificate certificate = signer.certificate();
			StringBuilder references = new StringBuilder();
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				references.append("<ofd:Reference FileRef=\"/")
					.append(file.getKey())
					.append("\"><ofd:CheckValue>")
					.append(Base64.getEncoder().encodeToString(sm3(file.getValue())))
					.append("</ofd:CheckValue></ofd:Reference>");
			}
			String signatureXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Signature xmlns:ofd=\"" + NS
					+ "\"><ofd:SignedInfo><ofd:Provider ProviderName=\"Zhengtong\" Version=\"1.0\" Company=\""
					+ escape(unitName) + "\"/><ofd:SignatureMethod>" + SM3_WITH_SM2
					+ "</ofd:SignatureMethod><ofd:SignatureDateTime>"
					+ DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC).format(at)
					+ "</ofd:SignatureDateTime><ofd:References CheckMethod=\"" + SM3 + "\">" + references
					+ "</ofd:References><ofd:StampAnnot ID=\"1\" PageRef=\"" + pageId
					+ "\" Boundary=\"135 215 40 40\"/></ofd:SignedInfo><ofd:SignedValue>/" + SIGNS
					+ "Sign_0/SignedValue.dat</ofd:SignedValue></ofd:Signature>";
			byte[] signatureFile = signatureXml.getBytes(StandardCharsets.UTF_8);

			SES_ESPropertyInfo property = new SES_ESPropertyInfo(new ASN1Integer(1), new DERUTF8String(unitName),
					SES_ESPropertyInfo.CertListType,
					new SES_CertList(new org.ofdrw.gm.ses.v4.CertInfoList(
							new DEROctetString[] { new DEROctetString(certificate.getEncoded()) })),
					new ASN1GeneralizedTime(Date.from(at)), new ASN1GeneralizedTime(certificate.getNotBefore()),
					new ASN1GeneralizedTime(certificate.getNotAfter()));
			SES_SealInfo sealInfo = new SES_SealInfo(
					new SES_Header(new ASN1Integer(4), new org.bouncycastle.asn1.DERIA5String("Zhengtong")),
					new org.bouncycastle.asn1.DERIA5String(CertificateBuilder.hex(certificate.getSerialNumber())),
					property, new SES_ESPictrueInfo(new org.bouncycastle.asn1.DERIA5String("PNG"),
							new DEROctetString(picture), new ASN1Integer(40), new ASN1Integer(40)),
					null);
			ASN1ObjectIdentifier algorithm = new ASN1ObjectIdentifier(SM3_WITH_SM2);
			DEROctetString cert = new DEROctetString(certificate.getEncoded());
			byte[] sealSigned = sign(signer,
					new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] { sealInfo, cert, algorithm })
						.getEncoded(ASN1Encoding.DER));
			SESeal seal = new SESeal(sealInfo, cert, algorithm, new org.bouncycastle.asn1.DERBitString(sealSigned));
			TBS_Sign toSign = new TBS_Sign(new ASN1Integer(4), seal, new ASN1GeneralizedTime(Date.from(at)),
					new org.bouncycastle.asn1.DERBitString(sm3(signatureFile)),
					new org.bouncycastle.asn1.DERIA5String("/" + SIGNS + "Sign_0/Signature.xml"), null);
			byte[] signed = sign(signer, toSign.getEncoded(ASN1Encoding.DER));
			SES_Signature value = new SES_Signature(toSign, cert, algorithm,
					new org.bouncycastle.asn1.DERBitString(signed), null);

			files
				.put(SIGNS + "Signatures.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Signatures xmlns:ofd=\""
						+ NS
						+ "\"><ofd:MaxSignId>1</ofd:MaxSignId><ofd:Signature ID=\"1\" Type=\"Seal\" BaseLoc=\"Sign_0/Signature.xml\"/></ofd:Signatures>")
					.getBytes(StandardCharsets.UTF_8));
			files.put(SIGNS + "Sign_0/Signature.xml", signatureFile);
			files.put(SIGNS + "Sign_0/SignedValue.dat", value.getEncoded(ASN1Encoding.DER));
			return zip(files);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot seal the OFD", ex);
		}
	}

	/** What a check of a sealed OFD found. */
	record Check(boolean intact, String signer, String sealName) {
	}

	/**
	 * Checks the seal: the SES_Signature verifies with its certificate, covers the SM3 of
	 * {@code Signature.xml}, and every file it lists has the digest it lists; no file was
	 * added outside the signature files.
	 * @throws PkiRefused when there is no seal to check
	 */
	static Check check(byte[] ofd) {
		Map<String, byte[]> files = unzip(ofd);
		byte[] signatureFile = files.get(SIGNS + "Sign_0/Signature.xml");
		byte[] value = files.get(SIGNS + "Sign_0/SignedValue.dat");
		if (signatureFile == null || value == null) {
			throw PkiRefused.notOfd();
		}
		try {
			// Read with Bouncy Castle's own ASN.1 (ofdrw-gm's parsers call a method our
			// newer
			// Bouncy Castle no longer has): SES_Signature ::= SEQUENCE { toSign TBS_Sign,
			// cert
			// OCTET STRING, signatureAlgID OID, signature BIT STRING, timeStamp OPTIONAL
			// }.
			ASN1Sequence signature = ASN1Sequence.getInstance(value);
			ASN1Sequence toSign = ASN1Sequence.getInstance(signature.getObjectAt(0));
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509", "BC")
				.generateCertificate(
						new ByteArrayInputStream(ASN1OctetString.getInstance(signature.getObjectAt(1)).getOctets()));
			Signature verifier = Signature.getInstance("SM3withSM2", "BC");
			verifier.initVerify(certificate.getPublicKey());
			verifier.update(toSign.getEncoded(ASN1Encoding.DER));
			boolean intact = verifier.verify(ASN1BitString.getInstance(signature.getObjectAt(3)).getOctets())
					&& MessageDigest.isEqual(ASN1BitString.getInstance(toSign.getObjectAt(3)).getOctets(),
							sm3(signatureFile));
			String xml = new String(signatureFile, StandardCharsets.UTF_8);
			Matcher reference = Pattern.compile("FileRef=\"/([^\"]+)\"><ofd:CheckValue>([^<]+)</ofd:CheckValue>")
				.matcher(xml);
			int listed = 0;
			while (reference.find()) {
				byte[] file = files.get(reference.group(1));
				listed++;
				intact &= file != null
						&& MessageDigest.isEqual(Base64.getDecoder().decode(reference.group(2)), sm3(file));
			}
			long others = files.keySet().stream().filter((name) -> !name.startsWith(SIGNS)).count();
			intact &= listed == others;
			// TBS_Sign.eseal → SESeal.eSealInfo → SES_SealInfo.property → name
			ASN1Sequence seal = ASN1Sequence.getInstance(toSign.getObjectAt(1));
			ASN1Sequence property = ASN1Sequence
				.getInstance(ASN1Sequence.getInstance(seal.getObjectAt(0)).getObjectAt(2));
			return new Check(intact, certificate.getSubjectX500Principal().getName(),
					ASN1UTF8String.getInstance(property.getObjectAt(1)).getString());
		}
		catch (IOException | GeneralSecurityException | RuntimeException ex) {
			return new Check(false, "", "");
		}
	}

	private static byte[] sign(Credential signer, byte[] data) throws GeneralSecurityException {
		Signature signature = Signature.getInstance("SM3withSM2", "BC");
		signature.initSign(signer.key());
		signature.update(data);
		return signature.sign();
	}

	static byte[] sm3(byte[] data) {
		try {
			return MessageDigest.getInstance("SM3", "BC").digest(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String firstPageId(String document) {
		Matcher page = Pattern.compile("<ofd:Page ID=\"(\\d+)\"").matcher(document);
		return page.find() ? page.group(1) : "1";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
	}

	static Map<String, byte[]> unzip(byte[] ofd) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ofd))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (!entry.isDirectory()) {
					files.put(entry.getName().replaceFirst("^/", ""), in.readAllBytes());
				}
				if (files.size() > 10_000) {
					throw PkiRefused.notOfd();
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw PkiRefused.notOfd();
		}
		return files;
	}

	static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				out.putNextEntry(new ZipEntry(file.getKey()));
				out.write(file.getValue());
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
