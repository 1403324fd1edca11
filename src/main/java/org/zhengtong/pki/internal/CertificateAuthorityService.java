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
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.CertificateAuthority;
import org.zhengtong.pki.CertificateProfile;
import org.zhengtong.pki.CertificateRevoked;
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

	/**
	 * The longest validity of a certificate profile: an issuing CA with less left than
	 * this is rolled over at start (certificates never outlive their issuer).
	 */
	static final Duration LONGEST_PROFILE = java.util.Arrays.stream(CertificateProfile.values())
		.map(CertificateProfile::validity)
		.max(Duration::compareTo)
		.orElseThrow();

	/**
	 * A CA as it was made: its certificate and key never change. Issuing CAs are numbered
	 * by generation within their hierarchy; the root is generation 1.
	 */
	record Authority(UUID id, Hierarchy hierarchy, String level, int generation, String algorithm,
			X509Certificate certificate, byte[] sealedKey) {

		Instant notAfter() {
			return certificate.getNotAfter().toInstant();
		}

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

	private final Map<UUID, Authority> authorities = new ConcurrentHashMap<>();

	private final PermittedNames permitted;

	private final AuditManagement audit;

	private volatile boolean bootstrapped;

	CertificateAuthorityService(JdbcClient jdbc, CaKeys keys, TransactionTemplate transaction,
			PlatformProperties platform, SiteProperties site, ApplicationEventPublisher events, Clock clock,
			@Value("${zhengtong.pki.algorithm:EC}") String algorithm,
			org.springframework.beans.factory.ObjectProvider<OcspResponder> ocspResponder, PermittedNames permitted,
			AuditManagement audit) {
		this.permitted = permitted;
		this.audit = audit;
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
	 * Creates what is missing (first start), rolls an issuing CA over whose name
	 * constraints differ from {@link PermittedNames} (also one made before they existed)
	 * or that has less than {@link #LONGEST_PROFILE} left, issues a server certificate
	 * under the current issuing CA, and opens the issuing keys; once per instance (the
	 * HTTPS connector needs it before the start-up runners). Every CA made and the server
	 * certificate are audited in the same transaction.
	 */
	synchronized void bootstrap() {
		if (bootstrapped) {
			return;
		}
		transaction.executeWithoutResult((status) -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(BOOTSTRAP_LOCK).query().singleRow();
			for (Hierarchy hierarchy : Hierarchy.values()) {
				if (find(hierarchy, "ROOT").isEmpty()) {
					createRoot(hierarchy, hierarchy == Hierarchy.SM2 ? "SM2" : algorithm);
				}
				rollOverWhereNeeded(hierarchy);
			}
			if (serverRow(true).isEmpty()) {
				issueServerCertificate();
			}
		});
		for (Hierarchy hierarchy : Hierarchy.values()) {
			issuingKey(hierarchy);
		}
		bootstrapped = true;
	}

	/**
	 * A new issuing CA when the hierarchy has none, when the current one's name
	 * constraints are not the configured ones, or when it runs out before a certificate
	 * of the longest profile would (and the root outlives it). Called in a transaction.
	 * @return whether a new issuing CA was made
	 */
	boolean rollOverWhereNeeded(Hierarchy hierarchy) {
		Optional<Authority> current = find(hierarchy, "ISSUING");
		if (current.isEmpty()) {
			newIssuing(hierarchy, "首次创建");
			return true;
		}
		Authority issuing = current.get();
		if (!PermittedNames.of(issuing.certificate()).equals(permitted.described())) {
			newIssuing(hierarchy, "名称约束变更为 " + permitted.described());
			return true;
		}
		Authority root = find(hierarchy, "ROOT").orElseThrow();
		if (issuing.notAfter().isBefore(clock.instant().plus(LONGEST_PROFILE))
				&& root.notAfter().isAfter(issuing.notAfter().plus(Duration.ofDays(1)))) {
			newIssuing(hierarchy, "签发CA 将于 " + issuing.notAfter() + " 到期");
			return true;
		}
		return false;
	}

	/**
	 * CA rollover: a new issuing CA signed by the root, with the configured name
	 * constraints, becomes current; the one before is retired — it issues nothing more,
	 * but its CRL and OCSP answers stay published for the certificates it issued.
	 * Audited.
	 * @param reason why, for the audit entry
	 */
	Authority rollOver(Hierarchy hierarchy, String reason) {
		return transaction.execute((status) -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(BOOTSTRAP_LOCK).query().singleRow();
			Authority issuing = newIssuing(hierarchy, reason);
			if (hierarchy == Hierarchy.STANDARD) {
				issueServerCertificate();
			}
			return issuing;
		});
	}

	private void createRoot(Hierarchy hierarchy, String keyAlgorithm) {
		Instant now = clock.instant();
		String suffix = hierarchy == Hierarchy.SM2 ? " SM2" : "";
		X500Name rootName = name(site.name() + suffix + " 根CA");
		KeyPair rootKeys = CertificateBuilder.keyPair(keyAlgorithm, true);
		X509Certificate root = CertificateBuilder.authority(rootName, rootKeys, keyAlgorithm, rootName, null,
				rootKeys.getPrivate(), keyAlgorithm, 1, now, ROOT_VALIDITY, null, null);
		insert(hierarchy, "ROOT", 1, keyAlgorithm, root, rootKeys.getPrivate());
		audit.record(AuditableEvent.succeeded(now, AccountManagement.SYSTEM, "pki.authority-created", "authority",
				hierarchy.name() + "/ROOT",
				"创建 " + hierarchy + " 根CA（" + keyAlgorithm + "），根证书 SHA-256 " + fingerprint(root)));
	}

	/**
	 * An issuing CA of the next generation under the hierarchy's root: name constraints
	 * from {@link PermittedNames}, CRL distribution point and caIssuers pointing at the
	 * root's CRL and certificate, validity capped at the root's; the one before is
	 * retired.
	 */
	private Authority newIssuing(Hierarchy hierarchy, String reason) {
		Authority root = find(hierarchy, "ROOT").orElseThrow();
		Instant now = clock.instant();
		int generation = jdbc
			.sql("SELECT coalesce(max(generation), 0) + 1 FROM pki_authority WHERE hierarchy = ? AND level = 'ISSUING'")
			.param(hierarchy.name())
			.query(Integer.class)
			.single();
		String suffix = hierarchy == Hierarchy.SM2 ? " SM2" : "";
		X500Name issuingName = name(site.name() + suffix + " 签发CA" + (generation > 1 ? " G" + generation : ""));
		KeyPair issuingKeys = CertificateBuilder.keyPair(root.algorithm(), true);
		Duration validity = ISSUING_VALIDITY;
		if (now.plus(validity).isAfter(root.notAfter())) {
			validity = Duration.between(now, root.notAfter());
		}
		String prefix = prefix(hierarchy);
		X509Certificate issuing = CertificateBuilder.authority(issuingName, issuingKeys, root.algorithm(),
				X500Name.getInstance(root.certificate().getSubjectX500Principal().getEncoded()), root.certificate(),
				key(root), root.algorithm(), 0, now, validity, permitted.constraints(),
				(builder) -> publicationPoints(builder, platform.absolute(prefix + "/root.crl"), null,
						platform.absolute(prefix + "/root.cer")));
		Optional<Authority> before = find(hierarchy, "ISSUING");
		before.ifPresent((old) -> jdbc.sql("UPDATE pki_authority SET retired_at = ? WHERE id = ?")
			.params(Timestamp.from(now), old.id())
			.update());
		insert(hierarchy, "ISSUING", generation, root.algorithm(), issuing, issuingKeys.getPrivate());
		audit.record(
				AuditableEvent
					.succeeded(now, AccountManagement.SYSTEM,
							before.isEmpty() ? "pki.authority-created" : "pki.authority-rolled-over", "authority",
							hierarchy.name() + "/ISSUING/" + generation,
							(before.isEmpty() ? "创建 " : "签发CA 轮换：") + hierarchy + " 第 " + generation + " 代签发CA（"
									+ reason + "），证书 SHA-256 " + fingerprint(issuing)
									+ before.map((old) -> "；第 " + old.generation() + " 代停止签发，继续发布 CRL 与 OCSP")
										.orElse(""))
					.withChange(before.map((old) -> "G" + old.generation()).orElse(null), "G" + generation));
		return find(hierarchy, "ISSUING").orElseThrow();
	}

	private void insert(Hierarchy hierarchy, String level, int generation, String keyAlgorithm,
			X509Certificate certificate, PrivateKey key) {
		jdbc.sql("""
				INSERT INTO pki_authority (id, hierarchy, level, generation, algorithm, certificate, private_key,
				    created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), hierarchy.name(), level, generation, keyAlgorithm, der(certificate),
					keys.seal(key), Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * The platform's own TLS certificate, for the HTTPS connector: the public base URL's
	 * host, and localhost and 127.0.0.1 where the name constraints permit them. Audited.
	 */
	private void issueServerCertificate() {
		Authority issuing = find(Hierarchy.STANDARD, "ISSUING").orElseThrow();
		String host = platform.publicBaseUrl().getHost().replaceAll("^\\[|\\]$", "");
		List<GeneralName> names = new ArrayList<>();
		if (PermittedNames.isAddress(host)) {
			names.add(new GeneralName(GeneralName.iPAddress, host));
		}
		else {
			names.add(new GeneralName(GeneralName.dNSName, host));
		}
		if (!host.equals("localhost") && permitted.permits("localhost")) {
			names.add(new GeneralName(GeneralName.dNSName, "localhost"));
		}
		if (!host.equals("127.0.0.1") && permitted.permitsAddress("127.0.0.1")) {
			names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
		}
		KeyPair serverKeys = CertificateBuilder.keyPair(issuing.algorithm(), false);
		Instant now = clock.instant();
		Instant notAfter = capped(now.plus(SERVER_VALIDITY), issuing);
		BigInteger serial = CertificateBuilder.serial();
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.O, site.name())
			.addRDN(BCStyle.CN, host)
			.build();
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			var builder = new JcaX509v3CertificateBuilder(issuing.certificate(), serial, Date.from(now),
					Date.from(notAfter), subject, serverKeys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true,
						new KeyUsage(issuing.algorithm().equals("RSA")
								? KeyUsage.digitalSignature | KeyUsage.keyEncipherment : KeyUsage.digitalSignature))
				.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
				.addExtension(Extension.subjectAlternativeName, false,
						new GeneralNames(names.toArray(GeneralName[]::new)))
				.addExtension(Extension.subjectKeyIdentifier, false,
						utils.createSubjectKeyIdentifier(serverKeys.getPublic()))
				.addExtension(Extension.authorityKeyIdentifier, false,
						utils.createAuthorityKeyIdentifier(issuing.certificate()));
			publicationPoints(builder, issuing);
			X509Certificate certificate = CertificateBuilder.convert(builder,
					CertificateBuilder.signer(issuing.algorithm(), key(issuing)));
			jdbc.sql("""
					INSERT INTO pki_certificate (issuer_id, serial, profile, subject, holder, not_before, not_after,
					    certificate, private_key, created_at) VALUES (?, ?, 'SERVER_TLS', ?, ?, ?, ?, ?, ?, ?)""")
				.params(issuing.id(), CertificateBuilder.hex(serial), subject.toString(), AccountManagement.SYSTEM,
						Timestamp.from(now), Timestamp.from(notAfter), der(certificate),
						keys.seal(serverKeys.getPrivate()), Timestamp.from(now))
				.update();
			audit.record(AuditableEvent.succeeded(now, AccountManagement.SYSTEM, "pki.certificate-issued",
					"certificate", CertificateBuilder.hex(serial), "签发平台服务器证书 " + host + "，序列号 "
							+ CertificateBuilder.hex(serial) + "，签发CA 第 " + issuing.generation() + " 代"));
		}
		catch (GeneralSecurityException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** No certificate outlives its issuer. */
	static Instant capped(Instant notAfter, Authority issuer) {
		return notAfter.isAfter(issuer.notAfter()) ? issuer.notAfter() : notAfter;
	}

	/**
	 * Refuses DNS names outside the configured domains and outside the issuing CA's own
	 * name constraints (checked as RFC 5280 does, by Bouncy Castle's validator).
	 */
	void checkNames(List<String> dnsNames, Authority issuing) {
		byte[] value = issuing.certificate().getExtensionValue(Extension.nameConstraints.getId());
		for (String name : dnsNames) {
			if (!permitted.permits(name)) {
				throw PkiRefused.nameNotPermitted(name, String.join(", ", permitted.domains()));
			}
			if (value != null) {
				var constraints = org.bouncycastle.asn1.x509.NameConstraints
					.getInstance(org.bouncycastle.asn1.ASN1OctetString.getInstance(value).getOctets());
				var validator = new org.bouncycastle.asn1.x509.PKIXNameConstraintValidator();
				if (constraints.getPermittedSubtrees() != null) {
					validator.intersectPermittedSubtree(constraints.getPermittedSubtrees());
				}
				try {
					validator.checkPermitted(new GeneralName(GeneralName.dNSName, name));
				}
				catch (org.bouncycastle.asn1.x509.NameConstraintValidatorException ex) {
					throw PkiRefused.nameNotPermitted(name, String.join(", ", permitted.domains()));
				}
			}
		}
	}

	/**
	 * Issues and records a certificate of a profile for someone's key (the key stays with
	 * them) under the hierarchy's current issuing CA: key usages and extended key usage
	 * by profile and key type, DNS names for a server (refused outside the permitted
	 * names), validity capped at the issuer's.
	 * @param holder the person it is for, {@code null} for a unit's
	 * @param request the request it answers; a request gets one certificate at most
	 * @throws PkiRefused for a DNS name outside the permitted names
	 */
	X509Certificate issue(CertificateProfile profile, X500Name subject, java.security.PublicKey key,
			List<String> dnsNames, @org.jspecify.annotations.Nullable String holder,
			@org.jspecify.annotations.Nullable UUID unit, String actor,
			@org.jspecify.annotations.Nullable UUID request) {
		Hierarchy hierarchy = profile.hierarchy();
		Authority issuing = find(hierarchy, "ISSUING").orElseThrow();
		checkNames(dnsNames, issuing);
		Instant now = clock.instant();
		Instant notAfter = capped(now.plus(profile.validity()), issuing);
		BigInteger serial = CertificateBuilder.serial();
		boolean rsa = key.getAlgorithm().equals("RSA");
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			var builder = new JcaX509v3CertificateBuilder(issuing.certificate(), serial, Date.from(now),
					Date.from(notAfter), subject, key)
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
			publicationPoints(builder, issuing);
			X509Certificate certificate = CertificateBuilder.convert(builder,
					CertificateBuilder.signer(issuing.algorithm(), key(issuing)));
			jdbc.sql("""
					INSERT INTO pki_certificate (issuer_id, serial, profile, subject, holder, unit_id, not_before,
					    not_after, certificate, created_at, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(issuing.id(), CertificateBuilder.hex(serial), profile.name(), subject.toString(), holder, unit,
						Timestamp.from(now), Timestamp.from(notAfter), der(certificate), Timestamp.from(now), request)
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
		jdbc.sql("SELECT profile, unit_id, holder FROM pki_certificate WHERE serial = ?")
			.param(serial)
			.query((row, n) -> new CertificateRevoked(serial, CertificateProfile.valueOf(row.getString("profile")),
					row.getObject("unit_id", UUID.class), row.getString("holder"), now, reason, actor))
			.list()
			.forEach(events::publishEvent);
		return true;
	}

	static String prefix(Hierarchy hierarchy) {
		return hierarchy == Hierarchy.SM2 ? "/pki/sm2" : "/pki";
	}

	/**
	 * A certificate issued by {@code issuing}: its issuer's CRL (by generation), the OCSP
	 * responder and the issuer's certificate (caIssuers), from zhengtong.public-base-url.
	 */
	void publicationPoints(X509v3CertificateBuilder builder, Authority issuing) throws java.io.IOException {
		String prefix = prefix(issuing.hierarchy());
		publicationPoints(builder, platform.absolute(prefix + "/issuing/" + issuing.generation() + ".crl"),
				platform.absolute(prefix + "/ocsp"),
				platform.absolute(prefix + "/issuing/" + issuing.generation() + ".cer"));
	}

	static void publicationPoints(X509v3CertificateBuilder builder, URI crl,
			@org.jspecify.annotations.Nullable URI ocsp, URI caIssuers) throws java.io.IOException {
		builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(
				new DistributionPoint[] { new DistributionPoint(new DistributionPointName(new GeneralNames(
						new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(crl.toString())))),
						null, null) }));
		List<AccessDescription> access = new ArrayList<>();
		if (ocsp != null) {
			access.add(new AccessDescription(AccessDescription.id_ad_ocsp,
					new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(ocsp.toString()))));
		}
		access.add(new AccessDescription(AccessDescription.id_ad_caIssuers,
				new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(caIssuers.toString()))));
		builder.addExtension(Extension.authorityInfoAccess, false,
				new AuthorityInformationAccess(access.toArray(AccessDescription[]::new)));
	}

	@Override
	public X509Certificate root(Hierarchy hierarchy) {
		return find(hierarchy, "ROOT").orElseThrow().certificate();
	}

	@Override
	public List<X509Certificate> chain(Hierarchy hierarchy) {
		return List.of(find(hierarchy, "ISSUING").orElseThrow().certificate(), root(hierarchy));
	}

	@Override
	public Optional<X509Certificate> issuing(Hierarchy hierarchy, int generation) {
		return issuingAuthority(hierarchy, generation).map(Authority::certificate);
	}

	/**
	 * The certificate followed by the CAs above it (its own issuer, which may be a
	 * retired one), as PKCS#12 files, CMS and TLS carry them.
	 */
	List<X509Certificate> chainOf(X509Certificate certificate, Hierarchy hierarchy) {
		Authority issuer = issuerOf(certificate).orElseGet(() -> find(hierarchy, "ISSUING").orElseThrow());
		return List.of(certificate, issuer.certificate(), root(issuer.hierarchy()));
	}

	/**
	 * The CRL at {@code /pki/crl}: the first issuing CA's, whose address the certificates
	 * issued before CA rollover existed carry.
	 */
	@Override
	public byte[] crl(Hierarchy hierarchy) {
		return crlOf(issuingAuthority(hierarchy, 1).orElseThrow());
	}

	@Override
	public Optional<byte[]> crl(Hierarchy hierarchy, int generation) {
		return issuingAuthority(hierarchy, generation).map(this::crlOf);
	}

	@Override
	public byte[] rootCrl(Hierarchy hierarchy) {
		return crlOf(find(hierarchy, "ROOT").orElseThrow());
	}

	/**
	 * A CA's CRL (DER), signed by its own key, made anew when the last one is half-way to
	 * its next update or a certificate was revoked since. A root's lists revoked issuing
	 * CAs (none so far: a retired one is not revoked).
	 */
	byte[] crlOf(Authority authority) {
		Instant now = clock.instant();
		// The stored CRL is reused while more than half of its validity is left.
		Optional<byte[]> current = jdbc
			.sql("SELECT crl FROM pki_authority WHERE id = ? AND crl IS NOT NULL AND crl_next_update > ?")
			.params(authority.id(), Timestamp.from(now.plus(CRL_VALIDITY.dividedBy(2))))
			.query(byte[].class)
			.optional();
		return current.orElseGet(() -> newCrl(authority, now));
	}

	/** Every CA whose CRL is still of use: those not yet expired. */
	List<Authority> publishing() {
		return jdbc.sql("SELECT id FROM pki_authority ORDER BY hierarchy, level, generation")
			.query(UUID.class)
			.list()
			.stream()
			.map(this::byId)
			.filter((authority) -> authority.notAfter().isAfter(clock.instant()))
			.toList();
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
				byte[] crl = builder.build(CertificateBuilder.signer(issuing.algorithm(), key(issuing))).getEncoded();
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
		return chainOf(parse(serverRow(false).orElseThrow()), Hierarchy.STANDARD);
	}

	/**
	 * The CA certificates of both hierarchies (every issuing CA not yet expired, and the
	 * roots), for the HTTPS connector's certificate request.
	 */
	java.security.KeyStore trustStore() {
		try {
			java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
			store.load(null, null);
			for (Authority authority : publishing()) {
				store.setCertificateEntry(authority.hierarchy().name().toLowerCase() + "-"
						+ authority.level().toLowerCase() + "-" + authority.generation(), authority.certificate());
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
				  AND private_key IS NOT NULL AND not_after > ? ORDER BY created_at DESC LIMIT 1""")
			.param(Timestamp.from(clock.instant()))
			.query((row, number) -> new Server(row.getBytes(1), row.getBytes(2)))
			.single();
		try {
			java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("server", keys.open(server.key()), password,
					chainOf(parse(server.certificate()), Hierarchy.STANDARD)
						.toArray(java.security.cert.Certificate[]::new));
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
		Optional<Authority> issuer = issuerOf(presented);
		if (issuer.isEmpty()) {
			return new Judgement("FOREIGN", null, null, null, null);
		}
		Hierarchy hierarchy = issuer.get().hierarchy();
		String serial = CertificateBuilder.hex(presented.getSerialNumber());
		return jdbc.sql("""
				SELECT profile, holder, status, not_after, revoked_at FROM pki_certificate
				WHERE serial = ? AND issuer_id = ?""").params(serial, issuer.get().id()).query((row, number) -> {
			Timestamp revoked = row.getTimestamp("revoked_at");
			return new Judgement(
					state(row.getString("status"), row.getTimestamp("not_after").toInstant(), clock.instant()),
					hierarchy, row.getString("profile"), row.getString("holder"),
					revoked == null ? null : revoked.toInstant());
		}).optional().orElse(new Judgement("UNKNOWN", hierarchy, null, null, null));
	}

	/**
	 * The issuing CA of ours (current or retired, either hierarchy) that signed a
	 * certificate: same name, and its key verifies the signature.
	 */
	Optional<Authority> issuerOf(X509Certificate certificate) {
		for (Hierarchy hierarchy : Hierarchy.values()) {
			for (Authority issuing : issuingAuthorities(hierarchy)) {
				if (!issuing.certificate().getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
					continue;
				}
				try {
					certificate.verify(issuing.certificate().getPublicKey(), "BC");
					return Optional.of(issuing);
				}
				catch (GeneralSecurityException ex) {
					// another key of the same name
				}
			}
		}
		return Optional.empty();
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

	/**
	 * The newest valid server certificate, if {@code current} only one the current
	 * issuing CA issued.
	 */
	private Optional<byte[]> serverRow(boolean current) {
		UUID issuer = current ? find(Hierarchy.STANDARD, "ISSUING").orElseThrow().id() : null;
		return jdbc.sql("""
				SELECT certificate FROM pki_certificate WHERE profile = 'SERVER_TLS' AND status = 'VALID'
				  AND private_key IS NOT NULL AND not_after > ? AND (CAST(? AS uuid) IS NULL OR issuer_id = ?)
				ORDER BY created_at DESC LIMIT 1""")
			.params(Timestamp.from(clock.instant()), issuer, issuer)
			.query(byte[].class)
			.optional();
	}

	/** The current issuing CA's key, opened once. */
	PrivateKey issuingKey(Hierarchy hierarchy) {
		return key(find(hierarchy, "ISSUING").orElseThrow());
	}

	/** A CA's key, opened once. */
	PrivateKey key(Authority authority) {
		return openKeys.computeIfAbsent(authority.id(), (id) -> keys.open(authority.sealedKey()));
	}

	/**
	 * The current CA of a level (the root, or the issuing CA that issues now): one small
	 * query, so a rollover made by another instance counts at once.
	 */
	Optional<Authority> find(Hierarchy hierarchy, String level) {
		return jdbc.sql("SELECT id FROM pki_authority WHERE hierarchy = ? AND level = ? AND retired_at IS NULL")
			.params(hierarchy.name(), level)
			.query(UUID.class)
			.optional()
			.map(this::byId);
	}

	/** A hierarchy's issuing CAs, current and retired, newest first. */
	List<Authority> issuingAuthorities(Hierarchy hierarchy) {
		return jdbc
			.sql("SELECT id FROM pki_authority WHERE hierarchy = ? AND level = 'ISSUING' ORDER BY generation DESC")
			.param(hierarchy.name())
			.query(UUID.class)
			.list()
			.stream()
			.map(this::byId)
			.toList();
	}

	Optional<Authority> issuingAuthority(Hierarchy hierarchy, int generation) {
		return jdbc.sql("SELECT id FROM pki_authority WHERE hierarchy = ? AND level = 'ISSUING' AND generation = ?")
			.params(hierarchy.name(), generation)
			.query(UUID.class)
			.optional()
			.map(this::byId);
	}

	/**
	 * A CA, read once: its certificate and key never change (on the login, OCSP and CRL
	 * paths this saves a certificate parse per request).
	 */
	private Authority byId(UUID id) {
		return authorities.computeIfAbsent(id, (key) -> jdbc
			.sql("SELECT id, hierarchy, level, generation, algorithm, certificate, private_key FROM pki_authority "
					+ "WHERE id = ?")
			.param(key)
			.query((row, number) -> new Authority(row.getObject("id", UUID.class),
					Hierarchy.valueOf(row.getString("hierarchy")), row.getString("level"), row.getInt("generation"),
					row.getString("algorithm"), parse(row.getBytes("certificate")), row.getBytes("private_key")))
			.single());
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
