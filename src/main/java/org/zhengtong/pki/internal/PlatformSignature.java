package org.zhengtong.pki.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.CheckpointSigner;
import org.zhengtong.pki.CertificateProfile;
import org.zhengtong.pki.Cms.Credential;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.platform.SiteProperties;

/**
 * 平台签名: the platform's own signing certificate (profile {@code PLATFORM_SIGN}, key sealed
 * like the CA keys), made when first needed and renewed 30 days before it runs out — used
 * to sign audit checkpoints.
 */
@Component
class PlatformSignature implements CheckpointSigner {

	static final String PROFILE = CertificateProfile.PLATFORM_SIGN.name();

	private static final long ISSUE_LOCK = 0x5a54_504b_4900_0002L;

	private final CertificateAuthorityService authority;

	private final CaKeys keys;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final SiteProperties site;

	private final Clock clock;

	PlatformSignature(CertificateAuthorityService authority, CaKeys keys, JdbcClient jdbc,
			TransactionTemplate transaction, SiteProperties site, Clock clock) {
		this.authority = authority;
		this.keys = keys;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.site = site;
		this.clock = clock;
	}

	@Override
	public Signed sign(byte[] statement) {
		Credential credential = credential();
		ByteArrayOutputStream signature = new ByteArrayOutputStream();
		try {
			CmsStreams.sign(credential, new ByteArrayInputStream(statement), signature, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Signed(signature.toByteArray(), CertificateBuilder.hex(credential.certificate().getSerialNumber()));
	}

	@Override
	public boolean verify(byte[] statement, byte[] signature) {
		CmsStreams.Signed signed;
		try {
			signed = CmsStreams.verify(new ByteArrayInputStream(signature), new ByteArrayInputStream(statement),
					OutputStream.nullOutputStream());
		}
		catch (RuntimeException ex) {
			return false;
		}
		if (!signed.intact() || signed.signer() == null) {
			return false;
		}
		CertificateAuthorityService.Judgement judgement = authority.judge(signed.signer());
		// A checkpoint stays good after its certificate expired or was replaced.
		return PROFILE.equals(judgement.profile()) && !judgement.state().equals("FOREIGN")
				&& !judgement.state().equals("UNKNOWN");
	}

	/**
	 * The newest valid platform signing key and chain, issued when missing or expiring.
	 */
	Credential credential() {
		return current().orElseGet(() -> transaction.execute((status) -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ISSUE_LOCK).query().singleRow();
			return current().orElseGet(this::issue);
		}));
	}

	private Optional<Credential> current() {
		record Row(byte[] certificate, byte[] key) {
		}
		return jdbc.sql("""
				SELECT certificate, private_key FROM pki_certificate WHERE profile = ? AND status = 'VALID'
				  AND not_after > ? ORDER BY not_after DESC LIMIT 1""")
			.params(PROFILE, Timestamp.from(clock.instant().plus(Duration.ofDays(30))))
			.query((row, number) -> new Row(row.getBytes(1), row.getBytes(2)))
			.optional()
			.map((row) -> {
				return new Credential(keys.open(row.key()),
						authority.chainOf(CertificateAuthorityService.parse(row.certificate()), Hierarchy.STANDARD));
			});
	}

	private Credential issue() {
		KeyPair pair = CertificateBuilder.keyPair("EC", false);
		var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.O, site.name())
			.addRDN(BCStyle.OU, "平台签名")
			.addRDN(BCStyle.CN, site.name() + " 平台签名")
			.build();
		X509Certificate certificate = authority.issue(CertificateProfile.PLATFORM_SIGN, subject, pair.getPublic(),
				List.of(), "system", null, "system", null);
		// Sealed like the CA keys: the platform signs with it unattended.
		jdbc.sql("UPDATE pki_certificate SET private_key = ? WHERE serial = ?")
			.params(keys.seal(pair.getPrivate()), CertificateBuilder.hex(certificate.getSerialNumber()))
			.update();
		return new Credential(pair.getPrivate(), authority.chainOf(certificate, Hierarchy.STANDARD));
	}

}
