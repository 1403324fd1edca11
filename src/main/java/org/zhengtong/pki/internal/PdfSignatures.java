package org.zhengtong.pki.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import org.zhengtong.pki.Cms.Credential;
import org.zhengtong.pki.PkiRefused;

/**
 * A PDF signature the way PDF readers expect it (ISO 32000-1 §12.8, PAdES basic): an
 * incremental update adds a signature field whose dictionary has
 * {@code /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached}, a {@code /ByteRange}
 * covering the whole file except the {@code /Contents} hole, and in that hole a detached
 * CMS SignedData over those ranges, made by {@link CmsStreams}. OpenPDF lays out the
 * file; the cryptography is ours.
 */
final class PdfSignatures {

	/** Room for the CMS (the chain of three certificates and the signature) in bytes. */
	static final int CONTENTS = 16 * 1024;

	private PdfSignatures() {
	}

	static byte[] sign(byte[] pdf, Credential signer, String name, String reason, Instant at) {
		PdfReader reader;
		try {
			reader = new PdfReader(pdf);
		}
		catch (IOException | RuntimeException ex) {
			throw PkiRefused.notPdf();
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * CONTENTS + 4096);
			PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0');
			PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
			Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
			when.setTimeInMillis(at.toEpochMilli());
			appearance.setSignDate(when);
			appearance.setReason(reason);
			PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, new PdfName("adbe.pkcs7.detached"));
			dictionary.setName(name);
			dictionary.setReason(reason);
			dictionary.setDate(new PdfDate(when));
			appearance.setCryptoDictionary(dictionary);
			Map<PdfName, Integer> exclusions = new HashMap<>();
			exclusions.put(PdfName.CONTENTS, CONTENTS * 2 + 2);
			appearance.preClose(exclusions);
			ByteArrayOutputStream cms = new ByteArrayOutputStream();
			try (InputStream ranges = appearance.getRangeStream()) {
				CmsStreams.sign(signer, ranges, cms, false);
			}
			// DER, as PAdES asks (the streaming generator writes BER).
			byte[] signature = org.bouncycastle.asn1.ASN1Primitive.fromByteArray(cms.toByteArray())
				.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
			if (signature.length > CONTENTS) {
				throw new IllegalStateException("The signature needs " + signature.length + " bytes");
			}
			byte[] padded = new byte[CONTENTS];
			System.arraycopy(signature, 0, padded, 0, signature.length);
			PdfDictionary update = new PdfDictionary();
			update.put(PdfName.CONTENTS, new PdfString(padded).setHexWriting(true));
			appearance.close(update);
			return out.toByteArray();
		}
		catch (IOException | DocumentException ex) {
			throw new IllegalStateException("Cannot sign the PDF", ex);
		}
		finally {
			reader.close();
		}
	}

}
