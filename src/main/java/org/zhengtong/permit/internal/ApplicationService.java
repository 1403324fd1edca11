package org.zhengtong.permit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.Numbers;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.StartClock;
import org.zhengtong.casework.Transition;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.FileRefused;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.IdNumberSeals;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.identity.PublicProfile;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.ApplicationRefused;
import org.zhengtong.permit.ApplicationSubmitted;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.Channel;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * 网上申报 and 窗口收件: an applicant's draft under the guide version in force (answers checked
 * per field, a material per guide material stored in {@code files}), then the submission.
 * The draft and its materials are committed before the submission begins; the submission
 * is one all-or-nothing transaction that checks every required answer and material,
 * starts the core case, takes the 办件编号 last (the counter's row is locked only for what
 * names the number), moves the core case to 待受理 with a task for the department's 窗口受理员,
 * and publishes {@link ApplicationSubmitted}. A crash at any point leaves either the
 * draft with its materials (to submit again) or the whole numbered case, never a numbered
 * case without materials. A form sent twice (the same one-time token) makes one case and
 * is answered as the first sending was, 查询码 included.
 */
@Service
public class ApplicationService {

	/** The owner type of case materials in {@code files}. */
	public static final String MATERIALS = "permit.case";

	private static final long MB = 1024L * 1024;

	/**
	 * What a material may be: scans and photos, PDF/OFD and office documents, up to 20
	 * MB, judged by content.
	 */
	public static final UploadRules MATERIAL_RULES = new UploadRules(20 * MB,
			Set.of("image/png", "image/jpeg", "application/pdf", "application/ofd", "application/msword",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	/**
	 * Art. 32: an application is accepted or refused within 5 working days of receipt.
	 */
	static final int ACCEPT_DAYS = 5;

	private static final Locale NAMES = Locale.SIMPLIFIED_CHINESE;

	private final PermitItems items;

	private final Guides guides;

	private final PermitCases cases;

	private final CaseMaterials materials;

	private final Casework casework;

	private final Numbers numbers;

	private final FileManagement files;

	private final AccountManagement accounts;

	private final PublicAccounts publicAccounts;

	private final IdNumberSeals seals;

	private final UnitManagement units;

	private final ApplicationCodes codes;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ApplicationService(PermitItems items, Guides guides, PermitCases cases, CaseMaterials materials, Casework casework,
			Numbers numbers, FileManagement files, AccountManagement accounts, PublicAccounts publicAccounts,
			IdNumberSeals seals, UnitManagement units, ApplicationCodes codes, ApplicationEventPublisher events,
			AuditManagement audit, MessageSource messages, TransactionTemplate transactions, Clock clock) {
		this.items = items;
		this.guides = guides;
		this.cases = cases;
		this.materials = materials;
		this.casework = casework;
		this.numbers = numbers;
		this.files = files;
		this.accounts = accounts;
		this.publicAccounts = publicAccounts;
		this.seals = seals;
		this.units = units;
		this.codes = codes;
		this.events = events;
		this.audit = audit;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** An item that can be applied for now, with its guide in force. */
	public record Offer(PermitItem item, Guide guide) {
	}

	/**
	 * A material as uploaded: the guide material's position, the name given, its content.
	 */
	public record MaterialUpload(int position, String fileName, long size, InputStreamSource content) {
	}

	/** 联系人 (all optional). */
	public record Contact(@Nullable String name, @Nullable String phone, @Nullable String email) {
	}

	/**
	 * What a save of the form found: the draft, and the answers still to correct (the
	 * valid ones and the materials were kept).
	 */
	public record Saved(PermitCase draft, List<FormAnswers.Problem> problems) {
	}

	/**
	 * What the applicant is told.
	 *
	 * @param queryCode the 查询码, shown now and never again (a second sending of the same
	 * form shows the same code)
	 * @param again whether the form had been sent before (nothing new was made)
	 */
	public record Submitted(long caseId, String number, String queryCode, boolean again) {
	}

	/**
	 * A paper application registered at the window.
	 *
	 * @param idNumber the 身份证号 (CITIZEN) or 统一社会信用代码 (ENTERPRISE) as typed; checked here
	 */
	public record WindowApplication(String itemCode, ApplicantKind kind, String name, String idNumber, Contact contact,
			Map<String, String> inputs, List<MaterialUpload> scans, String submitToken, String clerk,
			AccessScope scope) {
	}

	/**
	 * The item with this code if it can be applied for online.
	 * @throws ApplicationRefused (not found) for an unknown code; (not online) for an
	 * item withdrawn, without a guide in force, or handled at the window only
	 */
	public Offer offer(String code) {
		Offer offer = inForce(code);
		if (!offer.guide().online()) {
			throw ApplicationRefused.notOnline(offer.guide().name());
		}
		return offer;
	}

	private Offer inForce(String code) {
		PermitItem item = items.findByCode(code).orElseThrow(ApplicationRefused::notFound);
		Guide guide = guides.findByItemIdAndState(item.id(), GuideState.PUBLISHED).orElse(null);
		if (guide == null || item.withdrawn()) {
			throw ApplicationRefused.notOnline(guide == null ? code : guide.name());
		}
		return new Offer(item, guide);
	}

	/**
	 * Whether this account may apply for the item: a citizen's or an enterprise's account
	 * of the item's audience.
	 * @throws ApplicationRefused (audience, staff) naming the item's audience; audited
	 */
	public AccountView checkApplicant(Offer offer, String account) {
		AccountView view = accounts.find(account).orElseThrow(ApplicationRefused::notFound);
		ApplicationRefused refused = null;
		if (view.kind() == AccountKind.STAFF) {
			refused = ApplicationRefused.notPublicAccount();
		}
		else if (offer.item().audience() == Audience.CITIZEN && view.kind() != AccountKind.CITIZEN) {
			refused = ApplicationRefused.audience(offer.guide().name(), Audience.CITIZEN);
		}
		else if (offer.item().audience() == Audience.ENTERPRISE && view.kind() != AccountKind.ENTERPRISE) {
			refused = ApplicationRefused.audience(offer.guide().name(), Audience.ENTERPRISE);
		}
		if (refused != null) {
			denied(account, "permit.application.start", null, "不能申报“" + offer.guide().name() + "”："
					+ messages.getMessage(refused.messageKey(), refused.arguments(), NAMES));
			throw refused;
		}
		return view;
	}

	/** The applicant's identity as the form shows it (the ID masked). */
	public Optional<PublicProfile> profile(String account) {
		return publicAccounts.profile(account)
			.map((profile) -> new PublicProfile(profile.kind(), profile.name(),
					masked(profile.kind(), profile.identifier()), profile.email(), profile.mobile()));
	}

	/**
	 * The applicant's own draft.
	 * @throws ApplicationRefused (not found) for anyone else's case, as if it did not
	 * exist; (not draft) once submitted
	 */
	public PermitCase draft(long id, String account) {
		PermitCase found = own(id, account);
		if (found.state() != PermitCaseState.DRAFT) {
			throw ApplicationRefused.notDraft(String.valueOf(found.number()));
		}
		return found;
	}

	/**
	 * The applicant's own case (any state).
	 * @throws ApplicationRefused (not found) for anyone else's
	 */
	public PermitCase own(long id, String account) {
		UUID accountId = accounts.find(account).map(AccountView::id).orElseThrow(ApplicationRefused::notFound);
		return cases.findById(id)
			.filter((found) -> accountId.equals(found.applicantAccountId()))
			.orElseThrow(ApplicationRefused::notFound);
	}

	/** The 事项编码 of the case's item. */
	public String itemCode(PermitCase permitCase) {
		return items.findById(permitCase.itemId()).map(PermitItem::code).orElseThrow();
	}

	/**
	 * 窗口收件: the items of the clerk's departments with a guide in force (online or not),
	 * by code.
	 */
	public List<Offer> windowItems(AccessScope scope) {
		List<PermitItem> reached = scope.all() ? items.findAll()
				: scope.units().stream().flatMap((unit) -> items.findByDepartmentIdOrderByCode(unit).stream()).toList();
		return reached.stream()
			.filter((item) -> !item.withdrawn() && scope.reachesUnit(item.departmentId()))
			.sorted(java.util.Comparator.comparing(PermitItem::code))
			.flatMap((item) -> guides.findByItemIdAndState(item.id(), GuideState.PUBLISHED)
				.map((guide) -> new Offer(item, guide))
				.stream())
			.toList();
	}

	/**
	 * 窗口收件: the item with this code for the clerk's department.
	 * @throws ApplicationRefused (not found) for an item of another department
	 */
	public Offer windowItem(String code, AccessScope scope) {
		Offer offer = inForce(code);
		if (!scope.reachesUnit(offer.item().departmentId())) {
			throw ApplicationRefused.notFound();
		}
		return offer;
	}

	/** The guide version a case was filed under. */
	public Guide guideOf(PermitCase permitCase) {
		return guides.findById(permitCase.guideId()).orElseThrow();
	}

	/** The materials handed in for a case (the ones in force, not those replaced). */
	public List<CaseMaterial> materialsOf(long caseId) {
		return materials.findByCaseIdOrderByMaterialAscIdAsc(caseId)
			.stream()
			.filter((material) -> !material.replaced())
			.toList();
	}

	/**
	 * Saves the form as a draft (made on the first save): the answers that are valid, and
	 * the materials uploaded (each replacing the one before for its material). Committed
	 * on return, so a submission that fails later leaves it to resume.
	 * @param draftId the draft to continue, or {@code null} for a new one
	 * @throws ApplicationRefused when the item cannot be applied for by this account, or
	 * the draft is not theirs
	 * @throws FileRefused for a material too large, empty or of a type not accepted;
	 * nothing saved
	 */
	public Saved save(String itemCode, @Nullable Long draftId, String account, Map<String, String> inputs,
			Contact contact, List<MaterialUpload> uploads) {
		Offer offer = draftId == null ? offer(itemCode) : null;
		AccountView applicant = offer == null ? null : checkApplicant(offer, account);
		List<Stored> stored = store(uploads, account);
		return transactions.execute((status) -> {
			PermitCase draft = draftId == null ? newDraft(offer, applicant, account) : draft(draftId, account);
			Guide guide = guideOf(draft);
			FormAnswers.Checked checked = FormAnswers.check(guide.fields(), inputs, false);
			draft.answer(checked.json());
			draft.contact(cut(contact.name(), 60), cut(contact.phone(), 20), cut(contact.email(), 200));
			draft = cases.saveAndFlush(draft);
			attach(draft, guide, stored, account);
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), account, "permit.application.save", MATERIALS,
					String.valueOf(draft.id()),
					"保存申报草稿：" + guide.name() + (stored.isEmpty() ? "" : "（材料 " + stored.size() + " 份）")));
			return new Saved(draft, checked.problems());
		});
	}

	private PermitCase newDraft(Offer offer, AccountView applicant, String account) {
		PublicProfile profile = publicAccounts.profile(account).orElseThrow(ApplicationRefused::notPublicAccount);
		ApplicantKind kind = applicant.kind() == AccountKind.ENTERPRISE ? ApplicantKind.ENTERPRISE
				: ApplicantKind.CITIZEN;
		PermitCase draft = new PermitCase(offer.guide(), offer.item().departmentId(), Channel.ONLINE, kind,
				cut(profile.name(), 200), clock.instant());
		draft.applicant(applicant.id(), cut(profile.name(), 200), masked(profile.kind(), profile.identifier()), null);
		return draft;
	}

	/**
	 * Submits the applicant's draft (the form's answers and materials already saved).
	 * @param submitToken the form's one-time token ({@link ApplicationCodes#newToken})
	 * @throws ApplicationRefused (answers) when answers are missing or wrong, (materials)
	 * naming the required materials missing, (not draft) when the draft was submitted by
	 * another form; nothing changed, audited as refused
	 */
	public Submitted submit(long draftId, String account, String submitToken) {
		String token = ApplicationCodes.tokenHash(submitToken);
		Optional<Submitted> before = sentBefore(token, submitToken);
		if (before.isPresent()) {
			own(before.get().caseId(), account);
			return before.get();
		}
		try {
			return transactions.execute((status) -> {
				PermitCase draft = draft(draftId, account);
				return submitInTransaction(draft, guideOf(draft), token, submitToken, account);
			});
		}
		catch (ApplicationRefused refused) {
			// The same form sent twice, the other sending committed between the check
			// above
			// and this one's reading of the draft: that sending's case stands.
			Optional<Submitted> meanwhile = sentBefore(token, submitToken);
			if (meanwhile.isPresent()) {
				own(meanwhile.get().caseId(), account);
				return meanwhile.get();
			}
			denied(account, "permit.application.submit", String.valueOf(draftId),
					"申报未能提交：" + messages.getMessage(refused.messageKey(), refused.arguments(), NAMES));
			throw refused;
		}
		catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException sameForm) {
			// The same form sent twice at once: the first sending's case stands.
			return sentBefore(token, submitToken).orElseThrow(() -> sameForm);
		}
		catch (org.zhengtong.casework.CaseworkRefused startedTwice) {
			// Two forms of one draft at once: the other one submitted it.
			return sentBefore(token, submitToken).orElseThrow(() -> startedTwice);
		}
	}

	/** The missing answers and materials of a draft, to show before submitting. */
	public List<FormAnswers.Problem> problems(PermitCase draft) {
		return FormAnswers.check(guideOf(draft).fields(), FormAnswers.inputs(draft.formValues()), true).problems();
	}

	/**
	 * 窗口收件: registers a paper application with its scans for the clerk's department, in
	 * one transaction, as a submitted case of channel WINDOW.
	 * @throws ApplicationRefused (not found) for an item outside the clerk's department;
	 * (audience) for an applicant of the other kind; (answers, materials) as
	 * {@link #submit}
	 * @throws org.zhengtong.shared.IdentifierInvalid for an ID number that does not check
	 */
	public Submitted register(WindowApplication application) {
		String token = ApplicationCodes.tokenHash(application.submitToken());
		Optional<Submitted> before = sentBefore(token, application.submitToken());
		if (before.isPresent()) {
			return before.get();
		}
		String clerk = application.clerk();
		try {
			Offer offer = inForce(application.itemCode());
			if (!application.scope().reachesUnit(offer.item().departmentId())) {
				throw ApplicationRefused.notFound();
			}
			Audience audience = offer.item().audience();
			if (audience != Audience.BOTH && !audience.name().equals(application.kind().name())) {
				throw ApplicationRefused.audience(offer.guide().name(), audience);
			}
			String identifier;
			String sealed = null;
			if (application.kind() == ApplicantKind.CITIZEN) {
				ResidentIdNumber number = ResidentIdNumber.of(application.idNumber());
				identifier = number.masked();
				sealed = seals.seal(number);
			}
			else {
				identifier = CreditCode.of(application.idNumber()).value();
			}
			String sealedId = sealed;
			List<Stored> stored = store(application.scans(), clerk);
			return transactions.execute((status) -> {
				PermitCase draft = new PermitCase(offer.guide(), offer.item().departmentId(), Channel.WINDOW,
						application.kind(), cut(application.name().strip(), 200), clock.instant());
				draft.applicant(null, cut(application.name().strip(), 200), identifier, sealedId);
				Contact contact = application.contact();
				draft.contact(cut(contact.name(), 60), cut(contact.phone(), 20), cut(contact.email(), 200));
				FormAnswers.Checked checked = FormAnswers.check(offer.guide().fields(), application.inputs(), true);
				if (!checked.valid()) {
					throw ApplicationRefused.answers(checked.problems().size());
				}
				draft.answer(checked.json());
				draft.registeredBy(clerk);
				draft = cases.saveAndFlush(draft);
				attach(draft, offer.guide(), stored, clerk);
				return submitInTransaction(draft, offer.guide(), token, application.submitToken(), clerk);
			});
		}
		catch (ApplicationRefused | FileRefused | org.zhengtong.shared.IdentifierInvalid refused) {
			denied(clerk, "permit.application.register", null,
					"窗口收件未能登记：" + messages.getMessage(refused.messageKey(), refused.arguments(), NAMES));
			throw refused;
		}
		catch (DataIntegrityViolationException sameForm) {
			return sentBefore(token, application.submitToken()).orElseThrow(() -> sameForm);
		}
	}

	/**
	 * Everything but the number first (the checks, the core case in DRAFT, the token);
	 * the number last, then only what names it: the core case's title, 待受理 with its task,
	 * the case's number and 查询码, the event and the audit entry.
	 */
	private Submitted submitInTransaction(PermitCase draft, Guide guide, String token, String submitToken,
			String actor) {
		List<FormAnswers.Problem> problems = FormAnswers
			.check(guide.fields(), FormAnswers.inputs(draft.formValues()), true)
			.problems();
		if (!problems.isEmpty()) {
			throw ApplicationRefused.answers(problems.size());
		}
		List<String> missing = missing(draft, guide);
		if (!missing.isEmpty()) {
			throw ApplicationRefused.missingMaterials(missing);
		}
		String department = departmentName(draft.departmentId());
		CaseView started = casework.start(new StartCase(PermitCaseType.CODE, String.valueOf(draft.id()),
				cut(guide.name() + "（" + draft.applicantName() + "）", 300), "/workbench/permit/cases/" + draft.id(),
				draft.departmentId(), actor, null));
		draft.startedAs(started.id(), token);
		draft = cases.saveAndFlush(draft);
		// Last: from here the counter's row stays locked until this transaction ends.
		String number = numbers.take(PermitCaseType.NUMBER_SCOPE, String.valueOf(draft.id()), actor).number();
		Instant now = clock.instant();
		String code = codes.forSubmission(submitToken);
		draft.submitted(number, codes.hash(draft.id(), code), now);
		draft = cases.saveAndFlush(draft);
		casework.retitle(started.id(), title(number, guide, draft), actor);
		casework.transition(Transition.to(started.id(), PermitCaseState.SUBMITTED, actor)
			.opening(OpenStep
				.one(Assignee.unit(draft.departmentId(), PermitRoles.RECEIVE, department + " · " + clerkRole()))
				.withClock(new StartClock("permit", number + " 受理", Measure.WORKING_DAYS, ACCEPT_DAYS, now, null))));
		events.publishEvent(new ApplicationSubmitted(draft.id(), number, draft.itemId(), draft.departmentId(),
				draft.channel(), now));
		events.publishEvent(AuditableEvent.succeeded(now, actor,
				draft.channel() == Channel.WINDOW ? "permit.application.register" : "permit.application.submit",
				MATERIALS, String.valueOf(draft.id()), title(number, guide, draft) + "（材料 "
						+ materialsOf(draft.id()).size() + " 份，" + draft.channel().name() + "）"));
		return new Submitted(draft.id(), number, code, false);
	}

	/**
	 * The required materials of the guide the draft has none for, in the guide's order.
	 */
	List<String> missing(PermitCase draft, Guide guide) {
		Set<Integer> handedIn = new java.util.HashSet<>();
		materialsOf(draft.id()).forEach((material) -> handedIn.add(material.material()));
		List<String> missing = new ArrayList<>();
		List<GuideMaterial> asked = guide.materials();
		for (int position = 0; position < asked.size(); position++) {
			if (asked.get(position).required() && !handedIn.contains(position)) {
				missing.add(asked.get(position).name());
			}
		}
		return missing;
	}

	private Optional<Submitted> sentBefore(String token, String submitToken) {
		return cases.findBySubmitToken(token)
			.filter((found) -> found.number() != null)
			.map((found) -> new Submitted(found.id(), found.number(), codes.forSubmission(submitToken), true));
	}

	private record Stored(int position, StoredFile file, String name) {
	}

	private List<Stored> store(List<MaterialUpload> uploads, String account) {
		List<Stored> stored = new ArrayList<>();
		for (MaterialUpload upload : uploads) {
			try {
				if (upload.size() > MATERIAL_RULES.maxBytes()) {
					throw FileRefused.tooLarge(upload.fileName(), MATERIAL_RULES.maxBytes());
				}
				try (InputStream content = upload.content().getInputStream()) {
					stored.add(new Stored(upload.position(), files.store(content, upload.fileName(), MATERIAL_RULES),
							cut(upload.fileName(), 255)));
				}
			}
			catch (FileRefused refused) {
				denied(account, "permit.application.material", null, "申请材料“" + upload.fileName() + "”未被接受："
						+ messages.getMessage(refused.messageKey(), refused.arguments(), NAMES));
				throw refused;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return stored;
	}

	private void attach(PermitCase draft, Guide guide, List<Stored> stored, String actor) {
		if (stored.isEmpty()) {
			return;
		}
		List<CaseMaterial> before = materialsOf(draft.id());
		FileOwner owner = new FileOwner(MATERIALS, String.valueOf(draft.id()));
		for (Stored file : stored) {
			if (file.position() < 0 || file.position() >= guide.materials().size()) {
				throw ApplicationRefused.unknownMaterial(file.position());
			}
			before.stream().filter((material) -> material.material() == file.position()).forEach((material) -> {
				material.replace();
				materials.save(material);
			});
			FileLink link = files.attach(file.file(), owner, file.name(), actor);
			materials.save(new CaseMaterial(draft.id(), file.position(), link.id(), file.name(),
					CaseMaterial.Stage.APPLICATION, actor, clock.instant()));
		}
		materials.flush();
	}

	private void denied(String actor, String action, @Nullable String objectId, String summary) {
		audit.recordApart(
				AuditableEvent.succeeded(clock.instant(), actor, action, MATERIALS, objectId, cut(summary, 500))
					.withOutcome(Outcome.DENIED));
	}

	private String title(String number, Guide guide, PermitCase draft) {
		return cut(number + " " + guide.name() + "（" + draft.applicantName() + "）", 300);
	}

	private String departmentName(UUID department) {
		return units.find(department, LocalDate.now(clock)).map((unit) -> unit.names().fullName()).orElse("");
	}

	private String clerkRole() {
		return messages.getMessage("role.PERMIT_CLERK", null, "PERMIT_CLERK", NAMES);
	}

	/** 6101**********123X for a 身份证号; a 统一社会信用代码 as it is (it is public). */
	static @Nullable String masked(AccountKind kind, @Nullable String identifier) {
		if (identifier == null || kind != AccountKind.CITIZEN || identifier.contains("*")) {
			return identifier;
		}
		return identifier.length() == 18 ? identifier.substring(0, 4) + "*".repeat(10) + identifier.substring(14)
				: identifier;
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		return stripped.length() > max ? stripped.substring(0, max) : stripped;
	}

}
