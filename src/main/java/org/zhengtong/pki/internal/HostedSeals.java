package org.zhengtong.pki.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.pki.CertificateProfile;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.CertificateSessions;
import org.zhengtong.pki.CertificateView;
import org.zhengtong.pki.Cms.Credential;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.UnitSeals;

/**
 * {@link UnitSeals}: the unit's seal key is made here, sealed with {@link CaKeys} (like
 * {@link PlatformSignature}'s) in its certificate's row, and opened only for a checked
 * use. Why issued on first use rather than requested through the RA: the key never leaves
 * the platform and the subject comes from the platform's own unit register, so there is
 * no applicant's key or identity for an RA operator to verify; the unit's consent is the
 * unit administrator's appointment of its 印章管理员, and each issue is audited (and listed on
 * the unit's certificates page).
 */
@Service
class HostedSeals implements UnitSeals {

	static final String USED = "pki.seal-used";

	static final String ISSUED = "pki.seal-issued";

	/** A new seal certificate this long before the old one runs out. */
	static final Duration RENEW_BEFORE = Duration.ofDays(30);

	/** How long an unsealed key stays open after its last use. */
	static final Duration OPEN_FOR = Duration.ofMinutes(5);

	private final CertificateAuthorityService authority;

	private final CaKeys keys;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final UnitManagement units;

	private final AccessScopes scopes;

	private final CertificateSessions sessions;

	private final CertificateRequests certificates;

	private final AuditManagement audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Unsealed seal keys by their certificate's profile and serial, for a few minutes
	 * after their last use. Unsealing is a PBKDF2 of 100,000 rounds: the profile of
	 * Licences.issue showed it at 90 % of a licence's time even when opened once a
	 * licence (docs/benchmarks.md). Reached only after a use's checks, and only for the
	 * serial that the valid-certificate query answers at that moment, so a revoked,
	 * expired or replaced seal is never used from here; the CA's own keys stay open for
	 * the life of the process (CertificateAuthorityService), so this widens nothing.
	 */
	private final Cache<String, PrivateKey> opened = Caffeine.newBuilder()
		.maximumSize(256)
		.expireAfterAccess(OPEN_FOR)
		.build();

	HostedSeals(CertificateAuthorityService authority, CaKeys keys, JdbcClient jdbc, TransactionTemplate transaction,
			UnitManagement units, AccessScopes scopes, CertificateSessions sessions, CertificateRequests certificates,
			AuditManagement audit, ApplicationEventPublisher events, Clock clock) {
		this.authority = authority;
		this.keys = keys;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.units = units;
		this.scopes = scopes;
		this.sessions = sessions;
		this.certificates = certificates;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public boolean holds(String username, UUID unit) {
		PostView post = scopes.postInUse(username);
		return post != null && scopes.of(username, SEAL_PERMISSION, post.unitId()).reachesUnit(unit);
	}

	@Override
	public CertificateView obtain(SealRequest request, Hierarchy hierarchy) {
		checked(request, "取得电子印章证书");
		Credential credential = credential(request, unit(request), profile(hierarchy));
		return certificates.certificate(CertificateBuilder.hex(credential.certificate().getSerialNumber()))
			.orElseThrow();
	}

	@Override
	public SealUse signDetached(SealRequest request, Hierarchy hierarchy, InputStream content, OutputStream signature) {
		try (Sealing seal = open(request)) {
			return seal.signDetached(hierarchy, content, signature);
		}
	}

	@Override
	public SignedPdf signPdf(SealRequest request, byte[] pdf, String reason) {
		try (Sealing seal = open(request)) {
			return seal.signPdf(pdf, reason);
		}
	}

	@Override
	public SealedOfd sealOfd(SealRequest request, byte[] ofd, byte[] picture) {
		try (Sealing seal = open(request)) {
			return seal.sealOfd(ofd, picture);
		}
	}

	@Override
	public Sealing open(SealRequest request) {
		UnitView unit = unit(request);
		return new OpenSeal(request, unit, checked(request, unit, "用印"));
	}

	/**
	 * A seal opened for one document: the unit read and the checks made once, each
	 * profile's valid certificate and key looked up at its first use and held here until
	 * {@link #close()}.
	 */
	private final class OpenSeal implements Sealing {

		private final SealRequest request;

		private final UnitView unit;

		private final String login;

		private final Map<CertificateProfile, Credential> credentials = new EnumMap<>(CertificateProfile.class);

		private boolean closed;

		OpenSeal(SealRequest request, UnitView unit, String login) {
			this.request = request;
			this.unit = unit;
			this.login = login;
		}

		@Override
		public SealUse signDetached(Hierarchy hierarchy, InputStream content, OutputStream signature) {
			Credential credential = credential(profile(hierarchy));
			MessageDigest digest = sha256();
			try (DigestInputStream hashed = new DigestInputStream(content, digest)) {
				CmsStreams.sign(credential, hashed, signature, false);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return used(request, unit, credential, HexFormat.of().formatHex(digest.digest()), login, "CMS");
		}

		@Override
		public SignedPdf signPdf(byte[] pdf, String reason) {
			Credential credential = credential(CertificateProfile.UNIT_SIGN);
			byte[] signed = PdfSignatures.sign(pdf, credential, unit.names().fullName(), reason, clock.instant());
			SealUse use = used(request, unit, credential, HexFormat.of().formatHex(sha256().digest(signed)), login,
					"PDF");
			return new SignedPdf(signed, use);
		}

		@Override
		public SealedOfd sealOfd(byte[] ofd, byte[] picture) {
			Credential credential = credential(CertificateProfile.UNIT_SIGN_SM2);
			byte[] sealed = OfdSeals.seal(ofd, credential, unit.names().fullName(), picture, clock.instant());
			SealUse use = used(request, unit, credential, HexFormat.of().formatHex(sha256().digest(sealed)), login,
					"OFD");
			return new SealedOfd(sealed, use);
		}

		private Credential credential(CertificateProfile profile) {
			if (closed) {
				throw new IllegalStateException("The seal was opened for one document and is closed");
			}
			return credentials.computeIfAbsent(profile, (wanted) -> HostedSeals.this.credential(request, unit, wanted));
		}

		@Override
		public void close() {
			closed = true;
			credentials.clear();
		}

	}

	private SealUse used(SealRequest request, UnitView unit, Credential credential, String sha256, String login,
			String form) {
		Instant now = clock.instant();
		String serial = CertificateBuilder.hex(credential.certificate().getSerialNumber());
		events.publishEvent(AuditableEvent
			.succeeded(now, request.actor(), USED, request.objectType(), request.objectId(),
					request.actor() + " 以 " + unit.names().fullName() + " 电子印章签署 " + request.document() + "（" + form
							+ "），SHA-256 " + sha256 + "，印章证书序列号 " + serial + "，登录证书序列号 " + login)
			.withChange(null, "sha256=" + sha256 + " seal=" + serial + " login=" + login));
		return new SealUse(serial, sha256, now);
	}

	/**
	 * The checks every use passes: the actor is the signed-in user, holds the seal role
	 * for the unit, and is in a session opened with a valid certificate of theirs.
	 * @return the serial of that login certificate
	 */
	private String checked(SealRequest request, String what) {
		return checked(request, unit(request), what);
	}

	private String checked(SealRequest request, UnitView unit, String what) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = user != null && user.isAuthenticated() && user.getName().equalsIgnoreCase(request.actor());
		if (!signedIn || !holds(request.actor(), request.unit())) {
			throw refused(request, unit, what, PkiRefused.notSealKeeper(unit.names().fullName()));
		}
		Optional<CertificateView> login = sessions.current();
		if (login.isEmpty()) {
			throw refused(request, unit, what, PkiRefused.certificateSessionNeeded());
		}
		return login.get().serial();
	}

	private PkiRefused refused(SealRequest request, UnitView unit, String what, PkiRefused refusal) {
		audit.recordApart(
				AuditableEvent
					.succeeded(clock.instant(), request.actor(), USED, request.objectType(), request.objectId(),
							request.actor() + " " + what + "（" + unit.names().fullName() + "，" + request.document()
									+ "），被拒绝：" + refusal.getMessage())
					.withOutcome(Outcome.DENIED));
		return refusal;
	}

	private UnitView unit(SealRequest request) {
		return units.find(request.unit(), LocalDate.now(clock))
			.orElseThrow(() -> new IllegalArgumentException("No unit " + request.unit()));
	}

	private static CertificateProfile profile(Hierarchy hierarchy) {
		return hierarchy == Hierarchy.SM2 ? CertificateProfile.UNIT_SIGN_SM2 : CertificateProfile.UNIT_SIGN;
	}

	/**
	 * The unit's newest hosted seal of the profile, issued when missing, expiring within
	 * {@link #RENEW_BEFORE}, or naming the unit by a name it no longer has.
	 */
	private Credential credential(SealRequest request, UnitView unit, CertificateProfile profile) {
		String subject = RegistrationService.unitSubject(unit, profile, List.of()).toString();
		return current(unit.id(), profile, subject).orElseGet(() -> transaction.execute((status) -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(?)")
				.param(unit.id().getMostSignificantBits() ^ unit.id().getLeastSignificantBits() ^ profile.ordinal())
				.query()
				.singleRow();
			return current(unit.id(), profile, subject).orElseGet(() -> issue(request, unit, profile));
		}));
	}

	private Optional<Credential> current(UUID unit, CertificateProfile profile, String subject) {
		record Row(String serial, byte[] certificate, byte[] key) {
		}
		return jdbc.sql("""
				SELECT serial, certificate, private_key FROM pki_certificate
				WHERE unit_id = ? AND profile = ? AND subject = ? AND status = 'VALID' AND private_key IS NOT NULL
				  AND not_after > ? ORDER BY not_after DESC LIMIT 1""")
			.params(unit, profile.name(), subject, Timestamp.from(clock.instant().plus(RENEW_BEFORE)))
			.query((row, number) -> new Row(row.getString(1), row.getBytes(2), row.getBytes(3)))
			.optional()
			.map((row) -> new Credential(opened.get(profile + ":" + row.serial(), (serial) -> keys.open(row.key())),
					authority.chainOf(CertificateAuthorityService.parse(row.certificate()), profile.hierarchy())));
	}

	private Credential issue(SealRequest request, UnitView unit, CertificateProfile profile) {
		KeyPair pair = CertificateBuilder.keyPair(profile == CertificateProfile.UNIT_SIGN_SM2 ? "SM2" : "EC", false);
		X509Certificate certificate = authority.issue(profile,
				RegistrationService.unitSubject(unit, profile, List.of()), pair.getPublic(), List.of(), null, unit.id(),
				request.actor(), null);
		String serial = CertificateBuilder.hex(certificate.getSerialNumber());
		// Sealed like the CA keys: it never leaves the platform.
		jdbc.sql("UPDATE pki_certificate SET private_key = ? WHERE serial = ?")
			.params(keys.seal(pair.getPrivate()), serial)
			.update();
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), request.actor(), ISSUED, "unit",
				unit.id().toString(), "为 " + unit.names().fullName() + " 签发平台托管的电子印章证书（" + profile + "），序列号 " + serial
						+ "，首次用于 " + request.document()));
		return new Credential(pair.getPrivate(), authority.chainOf(certificate, profile.hierarchy()));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
