package org.zhengtong.permit.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.IssuedNumber;
import org.zhengtong.casework.Numbers;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.IdNumberSeals;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.IssueLicence;
import org.zhengtong.permit.LicenceIssued;
import org.zhengtong.permit.LicenceRefused;
import org.zhengtong.permit.LicenceStatus;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LicenceView;
import org.zhengtong.permit.Licences;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.pki.CertificateSessions;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.Refusal;
import org.zhengtong.shared.ResidentIdNumber;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Licences}. Issuing holds the type's counter row from the number to the commit
 * (the number is printed on the PDF, so it is taken before the layout and the seal): a
 * refusal or failure afterwards rolls the number back, so licence numbers have no gap.
 * The sealed files go to the file store before the row is written; if the transaction
 * then rolls back, nothing links them and the store's collector removes them.
 */
@Service
@Transactional
class LicenceService implements Licences {

	static final String OBJECT = "permit_licence";

	static final String OWNER = "permit.licence";

	static final String ISSUED = "permit.licence-issued";

	static final String REVOKED = "permit.licence-revoked";

	static final String CANCELLED = "permit.licence-cancelled";

	/** Sealed PDFs, their .p7s and OFDs: what the store keeps for a licence. */
	static final UploadRules FILES = new UploadRules(20L * 1024 * 1024,
			Set.of("application/pdf", "application/pkcs7-signature", "application/pkcs7-mime",
					"application/octet-stream", "application/ofd", "application/zip"));

	private static final byte[] SEAL_PICTURE = LicenceOfd.sealPicture();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LicenceRecords records;

	private final LicencePdf layout;

	private final LicenceOfd ofdLayout;

	private final UnitSeals seals;

	private final CertificateSessions sessions;

	private final Numbers numbers;

	private final FileManagement files;

	private final UnitManagement units;

	private final IdNumberSeals idNumbers;

	private final AccessScopes scopes;

	private final PlatformProperties platform;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final Clock clock;

	LicenceService(LicenceRecords records, LicencePdf layout, LicenceOfd ofdLayout, UnitSeals seals,
			CertificateSessions sessions, Numbers numbers, FileManagement files, UnitManagement units,
			IdNumberSeals idNumbers, AccessScopes scopes, PlatformProperties platform, ApplicationEventPublisher events,
			AuditManagement audit, Clock clock) {
		this.records = records;
		this.layout = layout;
		this.ofdLayout = ofdLayout;
		this.seals = seals;
		this.sessions = sessions;
		this.numbers = numbers;
		this.files = files;
		this.units = units;
		this.idNumbers = idNumbers;
		this.scopes = scopes;
		this.platform = platform;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public LicenceView issue(IssueLicence command, String actor) {
		try {
			return issueChecked(command, actor);
		}
		catch (Refusal refused) {
			if (!(refused instanceof PkiRefused)) {
				// UnitSeals writes its own DENIED entry for the seal's refusals.
				audit.recordApart(
						AuditableEvent
							.succeeded(clock.instant(), actor, ISSUED, OBJECT, command.caseNumber(),
									"拒绝签发" + command.type().code() + "证照（办件 " + command.caseNumber() + "）："
											+ refused.getMessage())
							.withOutcome(Outcome.DENIED));
			}
			throw refused;
		}
	}

	private LicenceView issueChecked(IssueLicence command, String actor) {
		String holderName = command.holderName().strip();
		String caseNumber = command.caseNumber().strip();
		if (holderName.isEmpty() || holderName.length() > 200 || caseNumber.isEmpty() || caseNumber.length() > 40) {
			throw LicenceRefused.badText();
		}
		Map<String, String> fields = fields(command);
		// The seal's own rules, asked first so that nothing is numbered or laid out for a
		// use it will refuse (UnitSeals checks again and audits the use).
		if (!seals.holds(actor, command.departmentId())) {
			throw LicenceRefused.notSealKeeper();
		}
		if (sessions.current().isEmpty()) {
			throw LicenceRefused.certificateSessionNeeded();
		}
		String sealed = null;
		String masked = null;
		String creditCode = null;
		String shownId;
		try {
			if (command.holderKind() == ApplicantKind.CITIZEN) {
				ResidentIdNumber id = ResidentIdNumber.of(command.holderId().strip());
				sealed = idNumbers.seal(id);
				masked = id.masked();
				shownId = masked;
			}
			else {
				creditCode = CreditCode.of(command.holderId().strip()).value();
				shownId = creditCode;
			}
		}
		catch (Refusal invalid) {
			throw LicenceRefused.badHolderId();
		}
		LocalDate today = LocalDate.now(clock);
		UnitView department = units.find(command.departmentId(), today)
			.orElseThrow(() -> new IllegalArgumentException("No department " + command.departmentId()));
		LocalDate from = command.validFrom() == null ? today : command.validFrom();
		LocalDate to = command.type().validTo(from);
		UUID id = UUID.randomUUID();
		String scope = command.type().numberScope();
		if (!numbers.scopes().contains(scope)) {
			numbers.define(scope, null, command.type().pattern(), AccountManagement.SYSTEM);
		}
		IssuedNumber issued = numbers.take(scope, id.toString(), actor);
		String number = issued.number();
		String verifyUrl = platform.absolute(LicenceVerification.path(number)).toString();
		LicencePdf.Content content = new LicencePdf.Content(command.type(), number, holderName, command.holderKind(),
				shownId, fields, from, to, department.names().fullName(), today, verifyUrl);
		byte[] pdf = layout.render(content);
		UnitSeals.SealRequest request = new UnitSeals.SealRequest(actor, command.departmentId(),
				"电子证照 " + number + "（" + command.type().code() + "）", OBJECT, id.toString());
		UnitSeals.SignedPdf signed;
		ByteArrayOutputStream p7s = new ByteArrayOutputStream();
		UnitSeals.SealedOfd ofd;
		// one opening of the seal for the licence's three signatures (each audited with
		// its
		// SHA-256); the keys are forgotten when the licence is sealed
		try (UnitSeals.Sealing seal = seals.open(request)) {
			signed = seal.signPdf(pdf, "电子证照 " + number);
			seal.signDetached(Hierarchy.STANDARD, new ByteArrayInputStream(signed.pdf()), p7s);
			ofd = seal.sealOfd(ofdLayout.render(content), SEAL_PICTURE);
		}
		FileOwner owner = new FileOwner(OWNER, id.toString());
		FileLink pdfLink = store(signed.pdf(), number + ".pdf", owner, actor);
		FileLink p7sLink = store(p7s.toByteArray(), number + ".pdf.p7s", owner, actor);
		FileLink ofdLink = store(ofd.ofd(), number + ".ofd", owner, actor);
		Licence licence = records.save(new Licence(
				new Licence.Issue(id, command.type(), number, caseNumber, holderName, command.holderKind(), sealed,
						masked, creditCode, json(fields), from, to, department.id(), department.names().fullName(),
						department.names().englishName(), actor, clock.instant()),
				new Licence.Files(pdfLink.id(), pdfLink.file().sha256(), p7sLink.id(), p7sLink.file().sha256(),
						signed.use().serial(), ofdLink.id(), ofdLink.file().sha256(), ofd.use().serial())));
		events.publishEvent(new LicenceIssued(id, number, command.type().code(), caseNumber, department.id(), actor,
				licence.issuedAt(), licence.pdfSha256()));
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor, ISSUED, OBJECT, id.toString(),
					"签发电子证照 " + number + "（办件 " + caseNumber + "，" + department.names().fullName() + "），PDF SHA-256 "
							+ licence.pdfSha256() + "，OFD SHA-256 " + licence.ofdSha256() + "，印章证书序列号 "
							+ licence.sealSerial() + "（SM2 " + licence.ofdSealSerial() + "）")
			.withChange(null, "number=" + number + " pdf=" + licence.pdfSha256() + " p7s=" + licence.p7sSha256()));
		return view(licence);
	}

	@Override
	public LicenceView end(String number, boolean revoke, String reason, String actor) {
		String action = revoke ? REVOKED : CANCELLED;
		try {
			Licence licence = records.findByNumber(number).orElseThrow(LicenceRefused::notFound);
			if (!decides(actor, licence.departmentId())) {
				throw LicenceRefused.notFound();
			}
			String why = reason == null ? "" : reason.strip();
			if (why.isEmpty() || why.length() > 500) {
				throw LicenceRefused.reasonMissing();
			}
			if (licence.status() != LicenceStatus.VALID) {
				throw LicenceRefused.notValid();
			}
			LicenceStatus before = licence.status();
			licence.end(revoke ? LicenceStatus.REVOKED : LicenceStatus.CANCELLED, why, actor, clock.instant());
			records.saveAndFlush(licence);
			events.publishEvent(AuditableEvent
				.succeeded(clock.instant(), actor, action, OBJECT, licence.id().toString(),
						(revoke ? "撤销" : "注销") + "电子证照 " + number + "：" + why)
				.withChange("status=" + before, "status=" + licence.status()));
			return view(licence);
		}
		catch (Refusal refused) {
			audit.recordApart(AuditableEvent
				.succeeded(clock.instant(), actor, action, OBJECT, number,
						"拒绝" + (revoke ? "撤销" : "注销") + "电子证照 " + number + "：" + refused.getMessage())
				.withOutcome(Outcome.DENIED));
			throw refused;
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LicenceView> find(String number) {
		return records.findByNumber(number).map(LicenceService::view);
	}

	/**
	 * Whether {@code username} is the department's 审批负责人 in the post they work in now.
	 */
	boolean decides(String username, UUID department) {
		PostView post = scopes.postInUse(username);
		return post != null && scopes.of(username, PermitRoles.DECIDE, post.unitId()).reachesUnit(department);
	}

	/**
	 * The command's fields in the template's order: every required one (1–500
	 * characters), an optional one only when given, no key of another template.
	 */
	private static Map<String, String> fields(IssueLicence command) {
		Set<String> wanted = new TreeSet<>(command.type().fields());
		Map<String, String> fields = new LinkedHashMap<>();
		boolean complete = wanted.containsAll(command.fields().keySet());
		for (LicenceType.Field field : command.type().template()) {
			String value = command.fields().get(field.key());
			if (value != null && !value.isBlank() && value.strip().length() <= 500) {
				fields.put(field.key(), value.strip());
			}
			else if (field.required() || (value != null && value.strip().length() > 500)) {
				complete = false;
			}
		}
		if (!complete) {
			throw LicenceRefused.badFields(String.join(", ", wanted));
		}
		return fields;
	}

	private FileLink store(byte[] content, String name, FileOwner owner, String actor) {
		try {
			StoredFile stored = files.store(new ByteArrayInputStream(content), name, FILES);
			return files.attach(stored, owner, name, actor);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String json(Map<String, String> fields) {
		return JSON.writeValueAsString(fields);
	}

	static Map<String, String> fields(String json) {
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	static LicenceView view(Licence licence) {
		String shownId = licence.holderKind() == ApplicantKind.ENTERPRISE ? licence.holderCreditCode()
				: licence.holderIdMasked();
		return new LicenceView(licence.id(), licence.type(), licence.number(), licence.caseNumber(),
				licence.holderName(), licence.holderKind(), shownId == null ? "" : shownId, fields(licence.fields()),
				licence.validFrom(), licence.validTo(), licence.departmentId(), licence.departmentName(),
				licence.departmentNameEnglish(), licence.issuedBy(), licence.issuedAt(), licence.status(),
				licence.statusReason(), licence.statusChangedAt(), licence.pdfSha256(), licence.p7sSha256(),
				licence.ofdSha256(), licence.sealSerial());
	}

}
