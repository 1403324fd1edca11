package org.zhengtong.pki.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhengtong.pki.Cms;
import org.zhengtong.pki.SignatureCheck;

/** {@link Cms} on {@link CmsStreams}, judging signers by this platform's records. */
@Service
class CmsService implements Cms {

	private final CertificateAuthorityService authority;

	CmsService(CertificateAuthorityService authority) {
		this.authority = authority;
	}

	@Override
	public void sign(Credential signer, InputStream content, OutputStream signedData, boolean attached) {
		unchecked(() -> CmsStreams.sign(signer, content, signedData, attached));
	}

	@Override
	public SignatureCheck verify(InputStream signedData, @Nullable InputStream detachedContent, OutputStream content) {
		return judged(CmsStreams.verify(signedData, detachedContent, content));
	}

	@Override
	public void encrypt(InputStream content, OutputStream envelopedData, List<X509Certificate> recipients) {
		unchecked(() -> CmsStreams.encrypt(content, envelopedData, recipients));
	}

	@Override
	public void decrypt(InputStream envelopedData, OutputStream content, Credential recipient) {
		unchecked(() -> CmsStreams.decrypt(envelopedData, content, recipient));
	}

	@Override
	public void signAndEncrypt(Credential signer, InputStream content, OutputStream envelopedData,
			List<X509Certificate> recipients) {
		unchecked(() -> CmsStreams.signAndEncrypt(signer, content, envelopedData, recipients));
	}

	@Override
	public SignatureCheck decryptAndVerify(InputStream envelopedData, OutputStream content, Credential recipient) {
		try {
			return judged(CmsStreams.decryptAndVerify(envelopedData, content, recipient));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SignatureCheck judged(CmsStreams.Signed signed) {
		if (signed.signer() == null) {
			return new SignatureCheck(false, null, "UNKNOWN", signed.signingTime(), null);
		}
		CertificateAuthorityService.Judgement judgement = authority.judge(signed.signer());
		return new SignatureCheck(signed.intact(), signed.signer(), judgement.state(), signed.signingTime(),
				judgement.revokedAt());
	}

	private interface Streaming {

		void run() throws IOException;

	}

	private static void unchecked(Streaming streaming) {
		try {
			streaming.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
