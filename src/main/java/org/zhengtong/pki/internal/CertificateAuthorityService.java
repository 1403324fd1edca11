package org.zhengtong.pki.internal;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.pki.CertificateAuthority;
import org.zhengtong.pki.CertificateProfile;
import org.zhengtong.pki.CertificateStatus;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.SiteProperties;

/**
 * Creates the two CA hierarchies on first start (each a root and an issuing CA) and the
 * platform's TLS server certificate, opens their keys (a wrong key password stops the
 * start with a clear message), and publishes certificates, CRLs and statuses.
 */
@Service
class CertificateAuthorityService implements CertificateAuthority {

	static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 365 + 5);

	static final Duration ISSUING_VALIDITY = Duration.ofDays(10 * 365 + 2);

	/** Browsers accept at most 398 days for a server certificate. */
	static final Duration SERVER_VALIDITY = Duration.ofDays(397);

	static final Duration CRL_VALIDITY = Duration.ofHours(24);

	/** Taken with pg_advisory_xact_lock, so two instances never create two CAs. */
	private static final long BOOTSTRAP_LOCK = 0x5a54_504b_4900_0001L;

	record Authority(UUID id, Hierarchy hierarchy, String level, String algorithm, X509Certificate certificate,
			byte[] sealedKey) {
	}

	private final JdbcClient jdbc;

	private final CaKeys keys;

	private final TransactionTemplate transaction;

	private final PlatformProperties platform;

	private final SiteProperties site;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String algorithm;

	/** Lazily: the responder uses this service. */
	private final org.springframework.beans.factory.ObjectProvider<OcspResponder> ocspResponder;

	private final Map<UUID, PrivateKey> openKeys = new ConcurrentHashMap<>();

	private final Map<String, Authority> authorities = new ConcurrentHashMap<>();

	private volatile boolean bootstrapped;

	CertificateAuthorityService(JdbcClient jdbc, CaKeys keys, TransactionTemplate transaction,
			PlatformProperties platform, SiteProperties site, ApplicationEventPublisher events, Clock clock,
			@Value("${zhengtong.pki.algorithm:EC}") String algorithm,
			org.springframework.beans.factory.ObjectProvider<OcspResponder> ocspResponder) {
		this.ocspResponder = ocspResponder;
		this.jdbc = jdbc;
		this.keys = keys;
		this.transaction = transaction;
		this.platform = platform;
		this.site = site;
		this.events = events;
		this.clock = clock;
		if (!List.of("EC", "RSA").contains(algorithm)) {
			throw new IllegalArgumentException("zhengtong.pki.algorithm must be EC or RSA, not " + algorithm);
		}
		this.algorithm = algorithm;
	}

	/**
	 * Creates what is missing (first start) and opens the issuing keys; once per instance
	 * (the HTTPS connector needs it before the start-up runners).
	 */
	synchronized void bootstrap() {
		if (bootstrapped) {
			return;
		}
		transaction.executeWithoutResult((status) -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(BOOTSTRAP_LOCK).query().singleRow();
			for (Hierarchy hierarchy : Hierarchy.values()) {
				if (find(hierarchy, "ROOT").isEmpty()) {
					create(hierarchy, hierarchy == Hierarchy.SM2 ? "SM2" : algorithm);
				}
			}
			if (serverRow().isEmpty()) {
				issueServerCertificate();
			}
		});
		for (Hierarchy hierarchy : Hierarchy.values()) {
			issuingKey(hierarchy);
		}
		bootstrapped = true;
	}

	private void create(Hierarchy hierarchy, String keyAlgorithm) {
		Instant now = clock.instant();
		String suffix = hierarchy == Hierarchy.SM2 ? " SM2" : "";
		X500Name rootName = name(site.name() + suffix + " 根CA");
		KeyPair rootKeys = CertificateBuilder.keyPair(keyAlgorithm, true);
		X509Certificate root = CertificateBuilder.authority(rootName, rootKeys, keyAlgorithm, rootName, null,
				rootKeys.getPrivate(), keyAlgorithm, 1, now, ROOT_VALIDITY);
		X500Name issuingName = name(site.name() + suffix + " 签发CA");
		KeyPair issuingKeys = CertificateBuilder.keyPair(keyAlgorithm, true);
		X509Certificate issuing = CertificateBuilder.authority(issuingName, issuingKeys, keyAlgorithm, rootName, root,
				rootKeys.getPrivate(), keyAlgorithm, 0, now, ISSUING_VALIDITY);
		insert(hierarchy, "ROOT", keyAlgorithm, root, rootKeys.getPrivate());
		insert(hierarchy, "ISSUING", keyAlgorithm, issuing, issuingKeys.getPrivate());
		events.publishEvent(
				AuditableEvent.succeeded(now, "system", "pki.authority-created", "authority", hierarchy.name(),
						"创建 " + hierarchy + " 证书体系（" + keyAlgorithm + "）：根CA 与签发CA，根证书 SHA-256 " + fingerprint(root)));
	}

	private void insert(Hierarchy hierarchy, String level, String keyAlgorithm, X509Certificate certificate,
			PrivateKey key) {
		jdbc.sql("""
				INSERT INTO pki_authority (id, hierarchy, level, algorithm, certificate, private_key, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), hierarchy.name(), level, keyAlgorithm, der(certificate), keys.seal(key),
					Timestamp.from(clock.instant()))
			.update();
	}

	/** The platform's own TLS certificate, for the HTTPS connector. */
	private void issueServerCertificate() {
		Authority issuing = find(Hierarchy.STANDARD, "ISSUING").orElseThrow();
		String host = platform.publicBaseUrl().getHost();
		KeyPair serverKeys = CertificateBuilder.keyPair(issuing.algorithm(), false);
		Instant now = clock.instant();
		BigInteger serial = CertificateBuilder.serial();
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.O, site.name())
			.addRDN(BCStyle.CN, host)
			.build();
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			var builder = new JcaX509v3CertificateBuilder(issuing.certificate(), serial, Date.from(now),
					Date.from(now.plus(SERVER_VALIDITY)), subject, serverKeys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true,
						new KeyUsage(issuing.algorithm().equals("RSA")
								? KeyUsage.digitalSignature | KeyUsage.keyEncipherment : KeyUsage.digitalSignature))
				.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
				.addExtension(Extension.subjectAlternativeName, false,
						new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, host),
								new GeneralName(GeneralName.dNSName, "localhost"),
								new GeneralName(GeneralName.iPAddress, "127.0.0.1") }))
				.addExtension(Extension.subjectKeyIdentifier, false,
						utils.createSubjectKeyIdentifier(serverKeys.getPublic()))
				.addExtension(Extension.authorityKeyIdentifier, false,
						utils.createAuthorityKeyIdentifier(issuing.certificate()));
			publicationPoints(builder, Hierarchy.STANDARD);
			X509Certificate certificate = CertificateBuilder.convert(builder,
					CertificateBuilder.signer(issuing.algorithm(), issuingKey(Hierarchy.STANDARD)));
			jdbc.sql(
					"""
							INSERT INTO pki_certificate (issuer_id, serial, profile, subject, holder, not_before, not_after,
							    certificate, private_key, created_at) VALUES (?, ?, 'SERVER_TLS', ?, 'system', ?, ?, ?, ?, ?)""")
				.params(issuing.id(), CertificateBuilder.hex(serial), subject.toString(), Timestamp.from(now),
						Timestamp.from(now.plus(SERVER_VALIDITY)), der(certificate), keys.seal(serverKeys.getPrivate()),
						Timestamp.from(now))
				.update();
			events.publishEvent(AuditableEvent.succeeded(now, "system", "pki.certificate-issued", "certificate",
					CertificateBuilder.hex(serial), "签发平台服务器证书 " + host + "，序列号 " + CertificateBuilder.hex(serial)));
		}
		catch (GeneralSecurityException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Issues and records a certificate of a profile for someone's key (the key stays with
	 * them): key usages and extended key usage by profile and key type, DNS names for a
	 * server.
	 * @param holder the person it is for, {@code null} for a unit's
	 */
	X509Certificate issue(CertificateProfile profile, X500Name subject, java.security.PublicKey key,
			List<String> dnsNames, @org.jspecify.annotations.Nullable String holder,
			@org.jspecify.annotations.Nullable UUID unit, String actor) {
		Hierarchy hierarchy = profile.hierarchy();
		Authority issuing = find(hierarchy, "ISSUING").orElseThrow();
		Instant now = clock.instant();
		BigInteger serial = CertificateBuilder.serial();
		boolean rsa = key.getAlgorithm().equals("RSA");
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			var builder = new JcaX509v3CertificateBuilder(issuing.certificate(), serial, Date.from(now),
					Date.from(now.plus(profile.validity())), subject, key)
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage(profile, rsa)))
				.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose(profile)))
				.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key))
				.addExtension(Extension.authorityKeyIdentifier, false,
						utils.createAuthorityKeyIdentifier(issuing.certificate()));
			if (!dnsNames.isEmpty()) {
				builder.addExtension(Extension.subjectAlternativeName, false,
						new GeneralNames(dnsNames.stream()
							.map((name) -> new GeneralName(GeneralName.dNSName, name))
							.toArray(GeneralName[]::new)));
			}
			publicationPoints(builder, hierarchy);
			X509Certificate certificate = CertificateBuilder.convert(builder,
					CertificateBuilder.signer(issuing.algorithm(), issuingKey(hierarchy)));
			jdbc.sql("""
					INSERT INTO pki_certificate (issuer_id, serial, profile, subject, holder, unit_id, not_before,
					    not_after, certificate, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(issuing.id(), CertificateBuilder.hex(serial), profile.name(), subject.toString(), holder, unit,
						Timestamp.from(now), Timestamp.from(now.plus(profile.validity())), der(certificate),
						Timestamp.from(now))
				.update();
			events.publishEvent(AuditableEvent.succeeded(now, actor, "pki.certificate-issued", "certificate",
					CertificateBuilder.hex(serial),
					"签发 " + profile + " 证书（" + subject + "），序列号 " + CertificateBuilder.hex(serial)));
			return certificate;
		}
		catch (GeneralSecurityException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Signing profiles sign (and commit: non-repudiation); encryption enciphers keys
	 * (RSA) or agrees them (EC); TLS keys sign the handshake and, for RSA, encipher keys.
	 */
	static int keyUsage(CertificateProfile profile, boolean rsa) {
		return switch (profile) {
			case STAFF_AUTH, SERVER_TLS ->
				rsa ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment : KeyUsage.digitalSignature;
			case UNIT_SIGN, UNIT_SIGN_SM2, PLATFORM_SIGN -> KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
			case UNIT_ENCRYPT -> rsa ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement;
		};
	}

	/** Unit signing and encryption are S/MIME purposes, which CMS tools check. */
	static KeyPurposeId purpose(CertificateProfile profile) {
		return switch (profile) {
			case STAFF_AUTH -> KeyPurposeId.id_kp_clientAuth;
			case SERVER_TLS -> KeyPurposeId.id_kp_serverAuth;
			case UNIT_SIGN, UNIT_SIGN_SM2, UNIT_ENCRYPT, PLATFORM_SIGN -> KeyPurposeId.id_kp_emailProtection;
		};
	}

	/**
	 * Marks a certificate revoked; its issuer's next CRL lists it. @return whether it was
	 * valid
	 */
	boolean revoke(String serial, int reason, String actor) {
		Instant now = clock.instant();
		int changed = jdbc.sql("""
				UPDATE pki_certificate SET status = 'REVOKED', revoked_at = ?, revocation_reason = ?
				WHERE serial = ? AND status = 'VALID'""").params(Timestamp.from(now), reason, serial).update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql(
				"""
						UPDATE pki_authority SET crl = NULL WHERE id IN (SELECT issuer_id FROM pki_certificate WHERE serial = ?)""")
			.param(serial)
			.update();
		events.publishEvent(
				AuditableEvent
					.succeeded(now, actor, "pki.certificate-revoked", "certificate", serial,
							"吊销证书 " + serial + "，原因代码 " + reason)
					.withChange("VALID", "REVOKED"));
		return true;
	}

	/** CRL distribution point and OCSP address, from zhengtong.public-base-url. */
	void publicationPoints(X509v3CertificateBuilder builder, Hierarchy hierarchy) throws java.io.IOException {
		String prefix = hierarchy == Hierarchy.SM2 ? "/pki/sm2" : "/pki";
		URI crl = platform.absolute(prefix + "/crl");
		URI ocsp = platform.absolute(prefix + "/ocsp");
		builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(
				new DistributionPoint[] { new DistributionPoint(new DistributionPointName(new GeneralNames(
						new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(crl.toString())))),
						null, null) }));
		builder.addExtension(Extension.authorityInfoAccess, false,
				new AuthorityInformationAccess(new AccessDescription(AccessDescription.id_ad_ocsp,
						new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(ocsp.toString())))));
	}

	@Override
	public X509Certificate root(Hierarchy hierarchy) {
		return find(hierarchy, "ROOT").orElseThrow().certificate();
	}

	@Override
	public List<X509Certificate> chain(Hierarchy hierarchy) {
		return List.of(find(hierarchy, "ISSUING").orElseThrow().certificate(), root(hierarchy));
	}

	/**
	 * The certificate followed by the CAs above it, as PKCS#12 files and CMS carry them.
	 */
	List<X509Certificate> chainOf(X509Certificate certificate, Hierarchy hierarchy) {
		List<X509Certificate> chain = new ArrayList<>(List.of(certificate));
		chain.addAll(chain(hierarchy));
		return chain;
	}

	@Override
	public byte[] crl(Hierarchy hierarchy) {
		Authority issuing = find(hierarchy, "ISSUING").orElseThrow();
		Instant now = clock.instant();
		// The stored CRL is reused while more than half of its validity is left.
		Optional<byte[]> current = jdbc
			.sql("SELECT crl FROM pki_authority WHERE id = ? AND crl IS NOT NULL AND crl_next_update > ?")
			.params(issuing.id(), Timestamp.from(now.plus(CRL_VALIDITY.dividedBy(2))))
			.query(byte[].class)
			.optional();
		return current.orElseGet(() -> newCrl(issuing, now));
	}

	private byte[] newCrl(Authority issuing, Instant now) {
		return transaction.execute((status) -> {
			long number = jdbc
				.sql("UPDATE pki_authority SET crl_number = crl_number + 1 WHERE id = ? RETURNING crl_number")
				.param(issuing.id())
				.query(Long.class)
				.single();
			try {
				X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuing.certificate(), Date.from(now))
					.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)))
					.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)))
					.addExtension(Extension.authorityKeyIdentifier, false,
							new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuing.certificate()));
				jdbc.sql("""
						SELECT serial, revoked_at, revocation_reason FROM pki_certificate
						WHERE issuer_id = ? AND status = 'REVOKED' AND not_after > ?""")
					.params(issuing.id(), Timestamp.from(now))
					.query((row) -> {
						builder.addCRLEntry(new BigInteger(row.getString("serial"), 16), row.getTimestamp("revoked_at"),
								row.getInt("revocation_reason"));
					});
				byte[] crl = builder
					.build(CertificateBuilder.signer(issuing.algorithm(), issuingKey(issuing.hierarchy())))
					.getEncoded();
				jdbc.sql("UPDATE pki_authority SET crl = ?, crl_next_update = ? WHERE id = ?")
					.params(crl, Timestamp.from(now.plus(CRL_VALIDITY)), issuing.id())
					.update();
				return crl;
			}
			catch (GeneralSecurityException | java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Override
	public byte[] ocsp(Hierarchy hierarchy, byte[] request) {
		return ocspResponder.getObject().respond(hierarchy, request);
	}

	@Override
	public Optional<CertificateStatus> status(String serial) {
		String normalized = serial.strip().toLowerCase().replace(":", "").replace(" ", "").replaceFirst("^0+", "");
		if (!normalized.matches("[0-9a-f]{1,40}")) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return jdbc.sql("""
				SELECT c.serial, a.hierarchy, c.subject, c.profile, c.not_before, c.not_after, c.status, c.revoked_at,
				       c.revocation_reason
				FROM pki_certificate c JOIN pki_authority a ON a.id = c.issuer_id WHERE c.serial = ?""")
			.param(normalized)
			.query((row, number) -> {
				Instant notAfter = row.getTimestamp("not_after").toInstant();
				String state = state(row.getString("status"), notAfter, now);
				Timestamp revoked = row.getTimestamp("revoked_at");
				Integer reason = (Integer) row.getObject("revocation_reason");
				return new CertificateStatus(row.getString("serial"), Hierarchy.valueOf(row.getString("hierarchy")),
						row.getString("subject"), row.getString("profile"), row.getTimestamp("not_before").toInstant(),
						notAfter, state, revoked == null ? null : revoked.toInstant(), reason);
			})
			.optional();
	}

	@Override
	public List<X509Certificate> serverCertificate() {
		X509Certificate server = parse(serverRow().orElseThrow());
		return List.of(server, chain(Hierarchy.STANDARD).get(0), root(Hierarchy.STANDARD));
	}

	/**
	 * The CA certificates of both hierarchies, for the HTTPS connector's certificate
	 * request.
	 */
	java.security.KeyStore trustStore() {
		try {
			java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
			store.load(null, null);
			for (Hierarchy hierarchy : Hierarchy.values()) {
				List<X509Certificate> chain = chain(hierarchy);
				store.setCertificateEntry(hierarchy.name().toLowerCase() + "-issuing", chain.get(0));
				store.setCertificateEntry(hierarchy.name().toLowerCase() + "-root", chain.get(1));
			}
			return store;
		}
		catch (GeneralSecurityException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The server certificate with its chain and key, for the HTTPS connector. */
	java.security.KeyStore serverKeyStore(char[] password) {
		record Server(byte[] certificate, byte[] key) {
		}
		Server server = jdbc.sql("""
				SELECT certificate, private_key FROM pki_certificate WHERE profile = 'SERVER_TLS' AND status = 'VALID'
				  AND not_after > ? ORDER BY not_after DESC LIMIT 1""")
			.param(Timestamp.from(clock.instant()))
			.query((row, number) -> new Server(row.getBytes(1), row.getBytes(2)))
			.single();
		try {
			java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("server", keys.open(server.key()), password, new java.security.cert.Certificate[] {
					parse(server.certificate()), chain(Hierarchy.STANDARD).get(0), root(Hierarchy.STANDARD) });
			return store;
		}
		catch (GeneralSecurityException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Who a client certificate logs in, or why it cannot: it must be issued by this
	 * hierarchy's issuing CA (checked by signature), be a staff authentication
	 * certificate, unrevoked and within its validity.
	 */
	CertificateLogin checkLogin(X509Certificate presented) {
		Judgement judgement = judge(presented);
		String serial = CertificateBuilder.hex(presented.getSerialNumber());
		if (!judgement.state().equals("VALID")) {
			return CertificateLogin.refused(judgement.state(), serial);
		}
		if (judgement.hierarchy() != Hierarchy.STANDARD || !"STAFF_AUTH".equals(judgement.profile())
				|| judgement.holder() == null) {
			return CertificateLogin.refused("UNKNOWN", serial);
		}
		return new CertificateLogin(judgement.holder(), serial, null);
	}

	/**
	 * What this platform knows of a certificate someone presents.
	 *
	 * @param state VALID, REVOKED, EXPIRED, FOREIGN (no issuing CA of ours signed it) or
	 * UNKNOWN (signed by ours, not in the records)
	 */
	record Judgement(String state, @org.jspecify.annotations.Nullable Hierarchy hierarchy,
			@org.jspecify.annotations.Nullable String profile, @org.jspecify.annotations.Nullable String holder,
			@org.jspecify.annotations.Nullable Instant revokedAt) {
	}

	/**
	 * Judges a certificate by its issuer's signature (either hierarchy) and this
	 * platform's records: revocation and expiry.
	 */
	Judgement judge(X509Certificate presented) {
		Hierarchy issuedBy = null;
		for (Hierarchy hierarchy : Hierarchy.values()) {
			try {
				presented.verify(chain(hierarchy).get(0).getPublicKey(), "BC");
				issuedBy = hierarchy;
				break;
			}
			catch (GeneralSecurityException ex) {
				// not this hierarchy's
			}
		}
		if (issuedBy == null) {
			return new Judgement("FOREIGN", null, null, null, null);
		}
		Hierarchy hierarchy = issuedBy;
		String serial = CertificateBuilder.hex(presented.getSerialNumber());
		return jdbc.sql("""
				SELECT c.profile, c.holder, c.status, c.not_after, c.revoked_at FROM pki_certificate c
				JOIN pki_authority a ON a.id = c.issuer_id WHERE c.serial = ? AND a.hierarchy = ?""")
			.params(serial, hierarchy.name())
			.query((row, number) -> {
				Timestamp revoked = row.getTimestamp("revoked_at");
				return new Judgement(
						state(row.getString("status"), row.getTimestamp("not_after").toInstant(), clock.instant()),
						hierarchy, row.getString("profile"), row.getString("holder"),
						revoked == null ? null : revoked.toInstant());
			})
			.optional()
			.orElse(new Judgement("UNKNOWN", hierarchy, null, null, null));
	}

	/** Whether a certificate is still unrevoked and within its validity. */
	boolean certificateValid(String serial) {
		return Boolean.TRUE.equals(jdbc.sql(
				"SELECT EXISTS (SELECT 1 FROM pki_certificate WHERE serial = ? AND status = 'VALID' AND not_after > ?)")
			.params(serial, Timestamp.from(clock.instant()))
			.query(Boolean.class)
			.single());
	}

	/**
	 * @param refusal why the certificate cannot log in, or {@code null}
	 */
	record CertificateLogin(@org.jspecify.annotations.Nullable String holder, String serial,
			@org.jspecify.annotations.Nullable String refusal) {

		static CertificateLogin refused(String why, String serial) {
			return new CertificateLogin(null, serial, why);
		}

	}

	private Optional<byte[]> serverRow() {
		return jdbc
			.sql("""
					SELECT certificate FROM pki_certificate WHERE profile = 'SERVER_TLS' AND status = 'VALID' AND not_after > ?
					ORDER BY not_after DESC LIMIT 1""")
			.param(Timestamp.from(clock.instant()))
			.query(byte[].class)
			.optional();
	}

	/** The issuing CA's key, opened once. */
	PrivateKey issuingKey(Hierarchy hierarchy) {
		Authority issuing = find(hierarchy, "ISSUING").orElseThrow();
		return openKeys.computeIfAbsent(issuing.id(), (id) -> keys.open(issuing.sealedKey()));
	}

	/**
	 * A CA, read once: its certificate and key never change (on the login, OCSP and CRL
	 * paths this saves a query and a certificate parse per request).
	 */
	Optional<Authority> find(Hierarchy hierarchy, String level) {
		Authority known = authorities.get(hierarchy + "/" + level);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Authority> found = read(hierarchy, level);
		found.ifPresent((authority) -> authorities.put(hierarchy + "/" + level, authority));
		return found;
	}

	private Optional<Authority> read(Hierarchy hierarchy, String level) {
		return jdbc
			.sql("SELECT id, hierarchy, level, algorithm, certificate, private_key FROM pki_authority "
					+ "WHERE hierarchy = ? AND level = ?")
			.params(hierarchy.name(), level)
			.query((row, number) -> new Authority(row.getObject("id", UUID.class),
					Hierarchy.valueOf(row.getString("hierarchy")), row.getString("level"), row.getString("algorithm"),
					parse(row.getBytes("certificate")), row.getBytes("private_key")))
			.optional();
	}

	private X500Name name(String commonName) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.O, site.name())
			.addRDN(BCStyle.CN, commonName)
			.build();
	}

	/** VALID, REVOKED, or EXPIRED for a valid one past its end. */
	static String state(String status, Instant notAfter, Instant now) {
		return status.equals("REVOKED") ? "REVOKED" : notAfter.isBefore(now) ? "EXPIRED" : "VALID";
	}

	static X509Certificate parse(byte[] der) {
		try {
			// Bouncy Castle's factory: the JDK's cannot read SM2 keys.
			CertificateBuilder.registerProvider();
			return (X509Certificate) CertificateFactory.getInstance("X.509", "BC")
				.generateCertificate(new ByteArrayInputStream(der));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] der(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String fingerprint(X509Certificate certificate) {
		return CertificateBuilder.fingerprint(der(certificate));
	}

}
