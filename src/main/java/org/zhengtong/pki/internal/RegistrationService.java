package org.zhengtong.pki.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import java.math.BigInteger;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.UnitView;
import org.zhengtong.pki.CertificateProfile;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.CertificateView;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.pki.Pem;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.RequestView;

@Service
class RegistrationService implements CertificateRequests {

	static final int LARGEST_CSR = 16 * 1024;

	/**
	 * Requesting, following and revoking the certificates of units within one's scope.
	 */

	/** RFC 5280 reason for a certificate replaced by its renewal. */
	static final int SUPERSEDED = 4;

	private final JdbcClient jdbc;

	private final CertificateAuthorityService authority;

	private final AccountManagement accounts;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccessScopes scopes;

	private final AuditManagement audit;

	private final RequestCases cases;

	RegistrationService(JdbcClient jdbc, CertificateAuthorityService authority, AccountManagement accounts,
			UnitManagement units, ApplicationEventPublisher events, Clock clock, AccessScopes scopes,
			AuditManagement audit, RequestCases cases) {
		this.cases = cases;
		this.scopes = scopes;
		this.audit = audit;
		this.jdbc = jdbc;
		this.authority = authority;
		this.accounts = accounts;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RequestView submit(String holder, byte[] csr) {
		return refusing(holder, "pki.request-submitted", "account", holder, "申请登录证书", () -> submitChecked(holder, csr));
	}

	private RequestView submitChecked(String holder, byte[] csr) {
		PKCS10CertificationRequest request = parse(csr);
		PublicKey key = checkedKey(request, CertificateProfile.STAFF_AUTH);
		AccountView account = accounts.find(holder).orElseThrow(() -> PkiRefused.noUnit(holder));
		X500Name subject = subject(account);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		try {
			jdbc.sql("""
					INSERT INTO pki_request (id, requester, holder, profile, subject, csr, status, created_at)
					VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
				.params(id, account.username(), account.username(), CertificateProfile.STAFF_AUTH.name(),
						subject.toString(), request.getEncoded(), Timestamp.from(now))
				.update();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		events.publishEvent(AuditableEvent.succeeded(now, account.username(), "pki.request-submitted", "request",
				id.toString(), account.username() + " 申请登录证书（" + key.getAlgorithm() + "）：" + subject));
		return opened(id, account.username(), now);
	}

	@Override
	@Transactional
	public RequestView renew(String holder, String serial, byte[] csr) {
		return refusing(holder, "pki.request-submitted", "certificate", serial, "申请续期证书 " + serial, () -> {
			if (certificate(serial).filter((c) -> holder.equalsIgnoreCase(c.holder()) && c.state().equals("VALID"))
				.isEmpty()) {
				throw PkiRefused.notRenewable();
			}
			RequestView request = submitChecked(holder, csr);
			jdbc.sql("UPDATE pki_request SET renews = ? WHERE id = ?").params(serial, request.id()).update();
			return request;
		});
	}

	/**
	 * The request just made, with its approval case opened for the RA operators (in this
	 * transaction: no request without its task).
	 */
	private RequestView opened(UUID id, String requester, Instant now) {
		RequestView request = request(id).orElseThrow();
		cases.open(request, requester, now);
		return request;
	}

	/**
	 * Runs an action; when the rules (its own or the case-work core's) refuse it,
	 * everything it did rolls back (the caller's transaction) and the refusal is audited
	 * (DENIED) in a transaction of its own.
	 */
	private <T> T refusing(String actor, String action, String objectType, String objectId, String what,
			java.util.function.Supplier<T> body) {
		try {
			return body.get();
		}
		catch (org.zhengtong.shared.Refusal refused) {
			audit.recordApart(AuditableEvent
				.succeeded(clock.instant(), actor, action, objectType, objectId,
						actor + " " + what + "，被拒绝（" + refused.messageKey() + "）：" + refused.getMessage())
				.withOutcome(Outcome.DENIED));
			throw refused;
		}
	}

	@Override
	public List<RequestView> pending() {
		return jdbc.sql("SELECT * FROM pki_request WHERE status = 'PENDING' ORDER BY created_at")
			.query(RegistrationService::requestRow)
			.list();
	}

	@Override
	public List<RequestView> requestsOf(String holder) {
		return jdbc.sql("SELECT * FROM pki_request WHERE lower(holder) = lower(?) ORDER BY created_at DESC LIMIT 50")
			.param(holder)
			.query(RegistrationService::requestRow)
			.list();
	}

	@Override
	@Transactional
	public Optional<CertificateView> approve(UUID id, String operator) {
		return approve(id, operator, null);
	}

	@Override
	@Transactional
	public Optional<CertificateView> approve(UUID id, String operator, @Nullable String opinion) {
		return refusing(operator, "pki.request-approved", "request", id.toString(), "核准证书申请",
				() -> approveChecked(id, operator, opinion));
	}

	private Optional<CertificateView> approveChecked(UUID id, String operator, @Nullable String opinion) {
		RequestView request = decidable(id, operator, RequestCases.APPROVE, opinion);
		cases.moveTo(id, CertificateRequestState.APPROVED, operator, RequestCases.APPROVE, opinion);
		byte[] der = jdbc.sql("SELECT csr FROM pki_request WHERE id = ?")
			.param(id)
			.query(byte[].class)
			.optional()
			.orElse(null);
		if (der == null) {
			jdbc.sql("UPDATE pki_request SET status = 'APPROVED', decided_by = ?, decided_at = ? WHERE id = ?")
				.params(operator, Timestamp.from(clock.instant()), id)
				.update();
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), operator, "pki.request-approved", "request",
					id.toString(), operator + " 核准 " + request.holder() + " 的证书申请，待本人生成密钥并领取"));
			return Optional.empty();
		}
		PublicKey key;
		try {
			key = new JcaPKCS10CertificationRequest(new PKCS10CertificationRequest(der)).setProvider("BC")
				.getPublicKey();
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		String serial = CertificateBuilder.hex(issueFor(request, key, operator).getSerialNumber());
		cases.moveTo(id, CertificateRequestState.ISSUED, operator, null, null);
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), operator, "pki.request-approved", "request",
				id.toString(), operator + " 核准 " + request.holder() + " 的证书申请，签发 " + serial));
		return certificate(serial);
	}

	private java.security.cert.X509Certificate issueFor(RequestView request, PublicKey key, String actor) {
		CertificateProfile profile = CertificateProfile.valueOf(request.profile());
		java.security.cert.X509Certificate certificate;
		if (profile.forUnit()) {
			UnitView unit = units.find(request.unitId(), LocalDate.now(clock))
				.orElseThrow(() -> PkiRefused.noUnit(request.holder()));
			certificate = authority.issue(profile, unitSubject(unit, profile, request.dnsNames()), key,
					request.dnsNames(), null, unit.id(), actor, request.id());
		}
		else {
			AccountView holder = accounts.find(request.holder()).orElseThrow();
			certificate = authority.issue(profile, subject(holder), key, List.of(), holder.username(), holder.unitId(),
					actor, request.id());
		}
		jdbc.sql("SELECT renews FROM pki_request WHERE id = ?")
			.param(request.id())
			.query(String.class)
			.optional()
			.filter((old) -> old != null)
			.ifPresent((old) -> authority.revoke(old, SUPERSEDED, actor));
		String serial = CertificateBuilder.hex(certificate.getSerialNumber());
		jdbc.sql("""
				UPDATE pki_request SET status = 'ISSUED', decided_by = coalesce(decided_by, ?),
				    decided_at = coalesce(decided_at, ?), serial = ? WHERE id = ?""")
			.params(actor, Timestamp.from(clock.instant()), serial, request.id())
			.update();
		return certificate;
	}

	@Override
	@Transactional
	public RequestView submitForGeneratedKey(String holder) {
		AccountView account = accounts.find(holder).orElseThrow(() -> PkiRefused.noUnit(holder));
		X500Name subject = subject(account);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO pki_request (id, requester, holder, profile, subject, status, created_at)
				VALUES (?, ?, ?, ?, ?, 'PENDING', ?)""")
			.params(id, account.username(), account.username(), CertificateProfile.STAFF_AUTH.name(),
					subject.toString(), Timestamp.from(now))
			.update();
		events.publishEvent(AuditableEvent.succeeded(now, account.username(), "pki.request-submitted", "request",
				id.toString(), account.username() + " 申请登录证书（由平台生成密钥）：" + subject));
		return opened(id, account.username(), now);
	}

	@Override
	@Transactional
	public byte[] collect(UUID id, String holder, char[] password) {
		return refusing(holder, "pki.key-collected", "request", id.toString(), "领取密钥与证书",
				() -> collectChecked(id, holder, password));
	}

	private byte[] collectChecked(UUID id, String holder, char[] password) {
		if (password.length < 8) {
			throw PkiRefused.weakPassword();
		}
		RequestView request = jdbc.sql(
				"SELECT * FROM pki_request WHERE id = ? AND lower(holder) = lower(?) AND status = 'APPROVED' FOR UPDATE")
			.params(id, holder)
			.query(RegistrationService::requestRow)
			.optional()
			.orElseThrow(PkiRefused::notCollectable);
		CertificateProfile profile = CertificateProfile.valueOf(request.profile());
		java.security.KeyPair keys = CertificateBuilder.keyPair(profile.hierarchy() == Hierarchy.SM2 ? "SM2" : "EC",
				false);
		java.security.cert.X509Certificate issued = issueFor(request, keys.getPublic(), holder);
		String serial = CertificateBuilder.hex(issued.getSerialNumber());
		cases.moveTo(id, CertificateRequestState.COLLECTED, holder, null, null);
		byte[] pkcs12 = Pkcs12.of(keys.getPrivate(), authority.chainOf(issued, profile.hierarchy()),
				profile.forUnit() ? profile.name().toLowerCase() : holder, password);
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), holder, "pki.key-collected", "certificate",
				serial, holder + " 领取了平台生成的密钥与证书 " + serial + "（PKCS#12，密钥未留存）"));
		return pkcs12;
	}

	@Override
	@Transactional
	public void reject(UUID id, String operator, String reason) {
		refusing(operator, "pki.request-rejected", "request", id.toString(), "退回证书申请",
				() -> rejectChecked(id, operator, reason));
	}

	private Void rejectChecked(UUID id, String operator, String reason) {
		RequestView request = decidable(id, operator, RequestCases.REJECT, reason);
		jdbc.sql("""
				UPDATE pki_request SET status = 'REJECTED', decided_by = ?, decided_at = ?, reason = ? WHERE id = ?""")
			.params(operator, Timestamp.from(clock.instant()), reason.strip(), id)
			.update();
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), operator, "pki.request-rejected", "request",
				id.toString(), operator + " 退回 " + request.holder() + " 的证书申请：" + reason.strip()));
		cases.moveTo(id, CertificateRequestState.REJECTED, operator, RequestCases.REJECT, null);
		return null;
	}

	/**
	 * Not the operator's own request (no self-approval), a rejection with its reason, and
	 * its approval task decided (the 意见 kept in its 办理过程), so the request is pending. The
	 * request's row stays locked until the decision commits: of parallel decisions one is
	 * made, the others then find its task done and are refused by the case-work core,
	 * naming who decided and when (one certificate per request). A request without a case
	 * (decided before it ran on the core) is refused as no longer pending.
	 */
	private RequestView decidable(UUID id, String operator, String decision, @Nullable String opinion) {
		RequestView request = jdbc.sql("SELECT * FROM pki_request WHERE id = ? FOR UPDATE")
			.param(id)
			.query(RegistrationService::requestRow)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No request " + id));
		if (request.requester().equalsIgnoreCase(operator) || request.holder().equalsIgnoreCase(operator)) {
			throw PkiRefused.selfApproval();
		}
		if (decision.equals(RequestCases.REJECT) && (opinion == null || opinion.isBlank())) {
			throw PkiRefused.reasonMissing();
		}
		cases.decide(id, operator, decision, opinion);
		if (!request.status().equals("PENDING")) {
			throw PkiRefused.notPending();
		}
		return request;
	}

	@Override
	@Transactional
	public RequestView submitForUnit(String requester, UUID unit, CertificateProfile profile, byte @Nullable [] csr,
			List<String> dnsNames) {
		if (!profile.forUnit()) {
			throw new IllegalArgumentException(profile + " is not a unit's certificate");
		}
		Instant now = clock.instant();
		if (!scopes.of(requester, CertificateRequests.UNIT_PERMISSION, null).reachesUnit(unit)) {
			audit.recordApart(
					AuditableEvent
						.succeeded(now, requester, "pki.request-submitted", "unit", unit.toString(),
								requester + " 试图为管理范围以外的单位申请 " + profile + " 证书，被拒绝")
						.withOutcome(Outcome.DENIED));
			throw new AccessDeniedException("Unit " + unit + " is outside " + requester + "'s scope");
		}
		return refusing(requester, "pki.request-submitted", "unit", unit.toString(), "为单位申请 " + profile + " 证书",
				() -> submitForUnitChecked(requester, unit, profile, csr, dnsNames, now));
	}

	private RequestView submitForUnitChecked(String requester, UUID unit, CertificateProfile profile,
			byte @Nullable [] csr, List<String> dnsNames, Instant now) {
		UnitView found = units.find(unit, LocalDate.now(clock))
			.filter(UnitView::active)
			.orElseThrow(() -> new AccessDeniedException("No active unit " + unit));
		List<String> names = dnsNames(profile, dnsNames);
		authority.checkNames(names, authority.find(profile.hierarchy(), "ISSUING").orElseThrow());
		PublicKey key = null;
		byte[] encoded = null;
		if (csr != null && csr.length > 0) {
			PKCS10CertificationRequest request = parse(csr);
			key = checkedKey(request, profile);
			try {
				encoded = request.getEncoded();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		X500Name subject = unitSubject(found, profile, names);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO pki_request (id, requester, holder, profile, subject, csr, status, created_at, unit_id,
				    dns_names)
				VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
			.params(id, requester, requester, profile.name(), subject.toString(), encoded, Timestamp.from(now), unit,
					names.toArray(String[]::new))
			.update();
		events.publishEvent(AuditableEvent.succeeded(now, requester, "pki.request-submitted", "request", id.toString(),
				requester + " 为 " + found.names().fullName() + " 申请 " + profile + " 证书（"
						+ (key == null ? "由平台生成密钥" : describe(key)) + "）：" + subject));
		return opened(id, requester, now);
	}

	@Override
	public List<RequestView> unitRequests(AccessScope scope, int limit) {
		return jdbc.sql("""
				SELECT * FROM pki_request WHERE unit_id IS NOT NULL AND (:all OR unit_id = ANY(:units))
				ORDER BY created_at DESC LIMIT :limit""")
			.param("all", scope.all())
			.param("units", scope.unitArray())
			.param("limit", limit)
			.query(RegistrationService::requestRow)
			.list();
	}

	@Override
	public Optional<RequestView> unitRequest(UUID id, AccessScope scope) {
		return jdbc
			.sql("SELECT * FROM pki_request WHERE id = :id AND unit_id IS NOT NULL AND (:all OR unit_id = ANY(:units))")
			.param("id", id)
			.param("all", scope.all())
			.param("units", scope.unitArray())
			.query(RegistrationService::requestRow)
			.optional();
	}

	@Override
	public List<CertificateView> unitCertificates(AccessScope scope, int limit) {
		return jdbc.sql(CERTIFICATES + """
				WHERE unit_id IS NOT NULL AND (:all OR unit_id = ANY(:units)) ORDER BY created_at DESC LIMIT :limit""")
			.param("all", scope.all())
			.param("units", scope.unitArray())
			.param("limit", limit)
			.query(this::certificateRow)
			.list();
	}

	/**
	 * A unit's subject: C, O and CN = the unit's full name, OU = what the certificate is
	 * for, organizationIdentifier = 统一社会信用代码; a server's CN is its first DNS name.
	 */
	static X500Name unitSubject(UnitView unit, CertificateProfile profile, List<String> dnsNames) {
		X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.O, unit.names().fullName());
		if (unit.creditCode() != null) {
			name.addRDN(BCStyle.ORGANIZATION_IDENTIFIER, unit.creditCode());
		}
		name.addRDN(BCStyle.OU, switch (profile) {
			case UNIT_SIGN, UNIT_SIGN_SM2 -> "单位签名";
			case UNIT_ENCRYPT -> "单位加密";
			case SERVER_TLS -> "服务器";
			case STAFF_AUTH, PLATFORM_SIGN -> throw new IllegalArgumentException();
		});
		return name
			.addRDN(BCStyle.CN, profile == CertificateProfile.SERVER_TLS ? dnsNames.get(0) : unit.names().fullName())
			.build();
	}

	/** Letters, digits and hyphens, dot-separated, at least two labels; no wildcards. */
	private static final java.util.regex.Pattern HOST = java.util.regex.Pattern
		.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

	/** A server needs 1 to 10 valid DNS names; other profiles none. */
	static List<String> dnsNames(CertificateProfile profile, List<String> given) {
		List<String> names = given.stream()
			.map((name) -> name.strip().toLowerCase(java.util.Locale.ROOT))
			.filter((name) -> !name.isEmpty())
			.distinct()
			.toList();
		if (profile != CertificateProfile.SERVER_TLS) {
			return List.of();
		}
		if (names.isEmpty() || names.size() > 10) {
			throw PkiRefused.dnsNamesNeeded();
		}
		for (String name : names) {
			if (!HOST.matcher(name).matches()) {
				throw PkiRefused.badDnsName(name);
			}
		}
		return names;
	}

	@Override
	public List<CertificateView> certificatesOf(String holder) {
		return jdbc.sql(CERTIFICATES + "WHERE lower(holder) = lower(?) ORDER BY not_before DESC")
			.param(holder)
			.query(this::certificateRow)
			.list();
	}

	@Override
	public List<CertificateView> recent(int limit) {
		return jdbc.sql(CERTIFICATES + "WHERE profile <> 'SERVER_TLS' ORDER BY created_at DESC LIMIT ?")
			.param(limit)
			.query(this::certificateRow)
			.list();
	}

	@Override
	public List<CertificateView> search(@Nullable UUID unit, @Nullable String state,
			@Nullable Integer expiringWithinDays, int limit) {
		Instant now = clock.instant();
		return jdbc
			.sql(CERTIFICATES
					+ """
							WHERE profile <> 'SERVER_TLS'
							  AND (CAST(:unit AS uuid) IS NULL OR unit_id = :unit)
							  AND (CAST(:state AS text) IS NULL
							       OR (:state = 'REVOKED' AND status = 'REVOKED')
							       OR (:state = 'EXPIRED' AND status = 'VALID' AND not_after <= :now)
							       OR (:state = 'VALID' AND status = 'VALID' AND not_after > :now))
							  AND (CAST(:until AS timestamptz) IS NULL OR (status = 'VALID' AND not_after > :now AND not_after <= :until))
							ORDER BY created_at DESC LIMIT :limit""")
			.param("unit", unit)
			.param("state", state)
			.param("now", Timestamp.from(now))
			.param("until",
					expiringWithinDays == null ? null : Timestamp.from(now.plus(Duration.ofDays(expiringWithinDays))))
			.param("limit", limit)
			.query(this::certificateRow)
			.list();
	}

	@Override
	public Optional<CertificateView> certificate(String serial) {
		return jdbc.sql(CERTIFICATES + "WHERE serial = ?").param(serial).query(this::certificateRow).optional();
	}

	@Override
	public Optional<String> pem(String serial) {
		return jdbc.sql("SELECT certificate FROM pki_certificate WHERE serial = ?")
			.param(serial)
			.query(byte[].class)
			.optional()
			.map((der) -> Pem.of(List.of(CertificateAuthorityService.parse(der))));
	}

	@Override
	@Transactional
	public void revoke(String serial, int reason, String actor) {
		refusing(actor, "pki.certificate-revoked", "certificate", serial, "吊销证书 " + serial, () -> {
			if (!authority.revoke(serial, REASONS.contains(reason) ? reason : 0, actor)) {
				throw PkiRefused.alreadyRevoked();
			}
			return null;
		});
	}

	private static final String CERTIFICATES = """
			SELECT serial, profile, subject, holder, not_before, not_after, status, revoked_at, revocation_reason, unit_id
			FROM pki_certificate
			""";

	private CertificateView certificateRow(ResultSet row, int number) throws SQLException {
		Instant notAfter = row.getTimestamp("not_after").toInstant();
		Timestamp revoked = row.getTimestamp("revoked_at");
		return new CertificateView(row.getString("serial"), row.getString("profile"), row.getString("subject"),
				row.getString("holder"), row.getTimestamp("not_before").toInstant(), notAfter,
				CertificateAuthorityService.state(row.getString("status"), notAfter, clock.instant()),
				revoked == null ? null : revoked.toInstant(), (Integer) row.getObject("revocation_reason"),
				row.getObject("unit_id", UUID.class));
	}

	private Optional<RequestView> request(UUID id) {
		return jdbc.sql("SELECT * FROM pki_request WHERE id = ?")
			.param(id)
			.query(RegistrationService::requestRow)
			.optional();
	}

	static RequestView requestRow(ResultSet row, int number) throws SQLException {
		Timestamp decided = row.getTimestamp("decided_at");
		return new RequestView(row.getObject("id", UUID.class), row.getString("requester"), row.getString("holder"),
				row.getString("profile"), row.getString("subject"), row.getString("status"),
				row.getString("decided_by"), decided == null ? null : decided.toInstant(), row.getString("reason"),
				row.getString("serial"), row.getTimestamp("created_at").toInstant(),
				row.getObject("unit_id", UUID.class), List.of((String[]) row.getArray("dns_names").getArray()));
	}

	/** CN = name, UID = user name, O = the 编制 unit, C = CN; never the ID number. */
	private X500Name subject(AccountView account) {
		if (account.unitId() == null) {
			throw PkiRefused.noUnit(account.username());
		}
		String unit = units.find(account.unitId(), LocalDate.now(clock))
			.map((found) -> found.names().fullName())
			.orElseThrow(() -> PkiRefused.noUnit(account.username()));
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.O, unit)
			.addRDN(BCStyle.CN, account.displayName())
			.addRDN(BCStyle.UID, account.username())
			.build();
	}

	private static PKCS10CertificationRequest parse(byte[] csr) {
		if (csr.length > LARGEST_CSR) {
			throw PkiRefused.tooLarge();
		}
		try {
			String text = new String(csr, StandardCharsets.US_ASCII);
			if (text.contains("-----BEGIN")) {
				try (PEMParser parser = new PEMParser(new StringReader(text))) {
					if (parser.readObject() instanceof PKCS10CertificationRequest request) {
						return request;
					}
					throw PkiRefused.malformedCsr();
				}
			}
			return new PKCS10CertificationRequest(csr);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PkiRefused refused) {
				throw refused;
			}
			throw PkiRefused.malformedCsr();
		}
	}

	/** RSA public exponents below this (3, 17…) are refused, as CA/B forum rules do. */
	static final BigInteger SMALLEST_EXPONENT = BigInteger.valueOf(65537);

	/**
	 * The request's key is of a type the profile accepts — SM2 for the SM2 hierarchy;
	 * otherwise ECDSA P-256, or RSA of 2048 bits or more with an odd public exponent of
	 * at least 65537 — and the request is signed by it. The key type is judged from the
	 * request's encoding before anything else, so a key of another kind (Ed25519, DSA,
	 * another curve) is a clear refusal, never an error.
	 */
	static PublicKey checkedKey(PKCS10CertificationRequest request, CertificateProfile profile) {
		boolean sm2 = profile.hierarchy() == Hierarchy.SM2;
		String accepted = sm2 ? "SM2" : "ECDSA P-256 / RSA ≥ 2048 (e = 65537)";
		try {
			SubjectPublicKeyInfo info = request.getSubjectPublicKeyInfo();
			ASN1ObjectIdentifier type = info.getAlgorithm().getAlgorithm();
			if (type.equals(PKCSObjectIdentifiers.rsaEncryption)) {
				org.bouncycastle.asn1.pkcs.RSAPublicKey rsa = org.bouncycastle.asn1.pkcs.RSAPublicKey
					.getInstance(info.parsePublicKey());
				int bits = rsa.getModulus().bitLength();
				BigInteger exponent = rsa.getPublicExponent();
				boolean exponentAllowed = exponent.testBit(0) && exponent.compareTo(SMALLEST_EXPONENT) >= 0
						&& exponent.bitLength() <= 256;
				if (sm2 || bits < 2048 || !exponentAllowed) {
					throw PkiRefused.keyNotAllowed("RSA-" + bits + (exponentAllowed ? "" : "（e = " + exponent + "）"),
							accepted);
				}
			}
			else if (type.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
				X962Parameters parameters = X962Parameters.getInstance(info.getAlgorithm().getParameters());
				ASN1ObjectIdentifier curve = parameters.isNamedCurve()
						? ASN1ObjectIdentifier.getInstance(parameters.getParameters()) : null;
				ASN1ObjectIdentifier wanted = sm2 ? GMObjectIdentifiers.sm2p256v1 : X9ObjectIdentifiers.prime256v1;
				if (!wanted.equals(curve)) {
					throw PkiRefused.keyNotAllowed(curveName(curve), accepted);
				}
			}
			else {
				throw PkiRefused.keyNotAllowed(KEY_NAMES.getOrDefault(type, type.getId()), accepted);
			}
			if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider("BC").build(info))) {
				throw PkiRefused.badSignature();
			}
			return new JcaPKCS10CertificationRequest(request).setProvider("BC").getPublicKey();
		}
		catch (PkiRefused refused) {
			throw refused;
		}
		catch (OperatorCreationException | PKCSException | GeneralSecurityException | IOException
				| RuntimeException ex) {
			throw PkiRefused.malformedCsr();
		}
	}

	private static final java.util.Map<ASN1ObjectIdentifier, String> KEY_NAMES = java.util.Map.of(
			EdECObjectIdentifiers.id_Ed25519, "Ed25519", EdECObjectIdentifiers.id_Ed448, "Ed448",
			EdECObjectIdentifiers.id_X25519, "X25519", EdECObjectIdentifiers.id_X448, "X448",
			X9ObjectIdentifiers.id_dsa, "DSA", PKCSObjectIdentifiers.id_RSASSA_PSS, "RSASSA-PSS");

	private static String curveName(@Nullable ASN1ObjectIdentifier curve) {
		if (curve == null) {
			return "EC（显式曲线参数）";
		}
		if (curve.equals(GMObjectIdentifiers.sm2p256v1)) {
			return "SM2";
		}
		String name = org.bouncycastle.asn1.x9.ECNamedCurveTable.getName(curve);
		return "EC " + (name == null ? curve.getId() : name);
	}

	private static String describe(@Nullable PublicKey key) {
		if (key instanceof RSAPublicKey rsa) {
			return "RSA-" + rsa.getModulus().bitLength();
		}
		return key == null ? "?" : CmsStreams.keyAlgorithm(key).equals("SM2") ? "SM2" : key.getAlgorithm();
	}

}
