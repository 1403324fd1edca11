package org.zhengtong.permit.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.Channel;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.PermitCaseState;

/**
 * 办件: one application for a permit item under the guide version it was filed under, from
 * the applicant's draft to 办结. Its steps, tasks and clocks are on the case-work core
 * ({@link #caseworkCaseId}); this row keeps what the permit rules need (who applied, what
 * they answered, the dates the law counts from, the decision).
 */
@Entity
@Table(name = "permit_case")
public class PermitCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private @Nullable String number;

	@Column(name = "item_id")
	private long itemId;

	@Column(name = "guide_id")
	private long guideId;

	@Column(name = "department_id")
	private UUID departmentId;

	@Column(name = "main_case_id")
	private @Nullable Long mainCaseId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	private PermitCaseState state;

	@Enumerated(EnumType.STRING)
	@Column(name = "applicant_kind")
	private ApplicantKind applicantKind;

	@Column(name = "applicant_account_id")
	private @Nullable UUID applicantAccountId;

	@Column(name = "applicant_name")
	private String applicantName;

	@Column(name = "applicant_id_sealed")
	private @Nullable String applicantIdSealed;

	@Column(name = "applicant_identifier")
	private @Nullable String applicantIdentifier;

	@Column(name = "contact_name")
	private @Nullable String contactName;

	@Column(name = "contact_phone")
	private @Nullable String contactPhone;

	@Column(name = "contact_email")
	private @Nullable String contactEmail;

	@Column(name = "query_code_hash")
	private @Nullable String queryCodeHash;

	@Column(name = "form_values")
	private String formValues;

	@Column(name = "submit_token")
	private @Nullable String submitToken;

	@Column(name = "registered_by")
	private @Nullable String registeredBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Column(name = "accepted_at")
	private @Nullable Instant acceptedAt;

	@Column(name = "accepted_by")
	private @Nullable String acceptedBy;

	@Column(name = "deemed_accepted")
	private boolean deemedAccepted;

	@Column(name = "reject_reason")
	private @Nullable String rejectReason;

	@Enumerated(EnumType.STRING)
	private @Nullable Decision decision;

	@Column(name = "decision_reasons")
	private @Nullable String decisionReasons;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "decided_by")
	private @Nullable String decidedBy;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "casework_case_id")
	private @Nullable Long caseworkCaseId;

	@Column(name = "promised_clock_id")
	private @Nullable Long promisedClockId;

	@Column(name = "legal_clock_id")
	private @Nullable Long legalClockId;

	@Column(name = "review_opinion")
	private @Nullable String reviewOpinion;

	@Column(name = "reviewed_by")
	private @Nullable String reviewedBy;

	@Column(name = "reviewed_at")
	private @Nullable Instant reviewedAt;

	@Column(name = "decision_number")
	private @Nullable String decisionNumber;

	@Column(name = "licence_type")
	private @Nullable String licenceType;

	@Column(name = "decision_remedy")
	private @Nullable String decisionRemedy;

	// -- part E (发证, 办结)

	@Column(name = "issue_clock_id")
	private @Nullable Long issueClockId;

	@Column(name = "licence_number")
	private @Nullable String licenceNumber;

	@SuppressWarnings("NullAway.Init")
	protected PermitCase() {
	}

	/**
	 * A new case in DRAFT (online) under the guide version in force, for the department
	 * that handles it.
	 */
	PermitCase(Guide guide, UUID departmentId, Channel channel, ApplicantKind kind, String applicantName, Instant at) {
		this.itemId = guide.itemId();
		this.guideId = guide.id();
		this.departmentId = departmentId;
		this.channel = channel;
		this.state = PermitCaseState.DRAFT;
		this.applicantKind = kind;
		this.applicantName = applicantName;
		this.formValues = "{}";
		this.createdAt = at;
	}

	// ---- what the parts of the module change (each part adds its methods below its
	// heading)

	// -- application (draft, submission, window registration)

	/**
	 * Who applies: the online applicant's account, or the applicant a window clerk
	 * registered (with the sealed 身份证号 when given).
	 * @param identifier what pages show: the masked 身份证号 or the 统一社会信用代码
	 */
	void applicant(@Nullable UUID accountId, String name, @Nullable String identifier, @Nullable String sealedId) {
		requireDraft();
		this.applicantAccountId = accountId;
		this.applicantName = name;
		this.applicantIdentifier = identifier;
		this.applicantIdSealed = sealedId;
	}

	/** 联系人: whom the department calls about the case. */
	void contact(@Nullable String name, @Nullable String phone, @Nullable String email) {
		requireDraft();
		this.contactName = name;
		this.contactPhone = phone;
		this.contactEmail = email;
	}

	/** The form's answers (checked by the caller against the guide's fields), as JSON. */
	void answer(String formValues) {
		requireDraft();
		this.formValues = formValues;
	}

	/** The clerk who registered a paper application at the window. */
	void registeredBy(String clerk) {
		requireDraft();
		this.registeredBy = clerk;
	}

	/** The core case the submission starts (before the number). */
	void startedAs(long caseworkCaseId, String submitToken) {
		requireDraft();
		this.caseworkCaseId = caseworkCaseId;
		this.submitToken = submitToken;
	}

	/** 收件: numbered and sent to the department; the 查询码 is kept only as its hash. */
	void submitted(String number, String queryCodeHash, Instant at) {
		requireDraft();
		this.number = number;
		this.queryCodeHash = queryCodeHash;
		this.submittedAt = at;
		this.state = PermitCaseState.SUBMITTED;
	}

	private void requireDraft() {
		if (state != PermitCaseState.DRAFT) {
			throw new IllegalStateException("Case " + id + " is " + state + ", no longer a draft");
		}
	}

	// -- acceptance (受理, 不予受理, 补正, deemed acceptance, clocks)

	/**
	 * 受理 (or, with {@code deemed}, accepted by law under art. 32 from {@code at}, the day
	 * of receipt): the case goes to 审查 with its two clocks.
	 */
	void accept(String by, Instant at, boolean deemed) {
		acceptanceRequires(PermitCaseState.SUBMITTED);
		this.state = PermitCaseState.ACCEPTED;
		this.acceptedBy = by;
		this.acceptedAt = at;
		this.deemedAccepted = deemed;
	}

	/** The 承诺 and 法定 clocks started on acceptance. */
	void clocks(long promised, long legal) {
		this.promisedClockId = promised;
		this.legalClockId = legal;
	}

	/** 不予受理, with the reason the applicant is told; the case ends. */
	void reject(String reason, Instant at) {
		if (state != PermitCaseState.SUBMITTED && state != PermitCaseState.CORRECTION) {
			throw new IllegalStateException("Not waiting for 受理: " + state);
		}
		this.state = PermitCaseState.REJECTED;
		this.rejectReason = reason;
		this.closedAt = at;
	}

	/** 一次性告知补正 sent: waiting for the applicant's materials. */
	void awaitCorrection() {
		acceptanceRequires(PermitCaseState.SUBMITTED);
		this.state = PermitCaseState.CORRECTION;
	}

	/** Every listed material arrived: waiting for 受理 again. */
	void corrected() {
		acceptanceRequires(PermitCaseState.CORRECTION);
		this.state = PermitCaseState.SUBMITTED;
	}

	// -- part A (审查, 决定)

	/** 审查 done: the reviewer's opinion, and the case waits for the leader's decision. */
	void reviewed(String opinion, String by, Instant at) {
		acceptanceRequires(PermitCaseState.ACCEPTED);
		this.state = PermitCaseState.REVIEWED;
		this.reviewOpinion = opinion;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	/**
	 * 退回审查: the leader sends the case back to the reviewers (the reason is in the
	 * history).
	 */
	void sentBackToReview() {
		acceptanceRequires(PermitCaseState.REVIEWED);
		this.state = PermitCaseState.ACCEPTED;
	}

	/**
	 * 决定: 准予 with a licence to issue waits in DECIDED (art. 44); 准予 without one and 不予许可
	 * end the case now.
	 * @param licenceType the licence type's code to issue, {@code null} for none
	 * @param remedy a refusal's art. 38 remedy sentence
	 */
	void decided(Decision decision, String number, String reasons, @Nullable String licenceType,
			@Nullable String remedy, String by, Instant at) {
		acceptanceRequires(PermitCaseState.REVIEWED);
		this.decision = decision;
		this.decisionNumber = number;
		this.decisionReasons = reasons;
		this.licenceType = licenceType;
		this.decisionRemedy = remedy;
		this.decidedBy = by;
		this.decidedAt = at;
		if (licenceType == null) {
			this.state = PermitCaseState.CLOSED;
			this.closedAt = at;
		}
		else {
			this.state = PermitCaseState.DECIDED;
		}
	}

	private void acceptanceRequires(PermitCaseState expected) {
		if (state != expected) {
			throw new IllegalStateException("Expected " + expected + ", is " + state);
		}
	}

	// -- part C (并联审批 sub-cases)

	/**
	 * A 并联 sub-case of {@code main} (accepted) for another department named by the guide:
	 * the same application, guide and applicant (without the applicant's account or 查询码:
	 * the applicant follows the main case), accepted when the main was.
	 */
	static PermitCase subCaseOf(PermitCase main, UUID department, String number) {
		if (main.mainCaseId != null || main.acceptedAt == null || main.number == null) {
			throw new IllegalStateException("Case " + main.id + " is not an accepted main case");
		}
		PermitCase sub = new PermitCase();
		sub.itemId = main.itemId;
		sub.guideId = main.guideId;
		sub.departmentId = department;
		sub.mainCaseId = main.id;
		sub.number = number;
		sub.channel = main.channel;
		sub.state = PermitCaseState.ACCEPTED;
		sub.applicantKind = main.applicantKind;
		sub.applicantName = main.applicantName;
		sub.applicantIdentifier = main.applicantIdentifier;
		sub.applicantIdSealed = main.applicantIdSealed;
		sub.contactName = main.contactName;
		sub.contactPhone = main.contactPhone;
		sub.contactEmail = main.contactEmail;
		sub.formValues = main.formValues;
		sub.registeredBy = main.registeredBy;
		sub.createdAt = main.createdAt;
		sub.submittedAt = main.submittedAt;
		sub.acceptedAt = main.acceptedAt;
		sub.acceptedBy = main.acceptedBy;
		sub.deemedAccepted = main.deemedAccepted;
		return sub;
	}

	/** The sub-case's own case on the core (its 审查 task, history and clocks). */
	void subCaseStarted(long caseworkCaseId) {
		if (mainCaseId == null || this.caseworkCaseId != null) {
			throw new IllegalStateException("Case " + id + " is not a new sub-case");
		}
		this.caseworkCaseId = caseworkCaseId;
	}

	// -- part E (发证, 办结)

	/**
	 * The 发证 clock (art. 44: 10 working days from the decision) of an approval with a
	 * licence.
	 */
	void issueClock(long clockId) {
		this.issueClockId = clockId;
	}

	/** 发证: the licence was issued, the case is 办结. */
	void licensed(String licence, Instant at) {
		if (state != PermitCaseState.DECIDED) {
			throw new IllegalStateException("Expected DECIDED, is " + state);
		}
		this.state = PermitCaseState.CLOSED;
		this.licenceNumber = licence;
		this.closedAt = at;
	}

	// ---- reading

	public long id() {
		return id;
	}

	public long version() {
		return version;
	}

	/** 办件编号 ({@code null} while a draft). */
	public @Nullable String number() {
		return number;
	}

	public long itemId() {
		return itemId;
	}

	/** The guide version the case was filed under. */
	public long guideId() {
		return guideId;
	}

	public UUID departmentId() {
		return departmentId;
	}

	/** 并联审批: the main case of a sub-case. */
	public @Nullable Long mainCaseId() {
		return mainCaseId;
	}

	public Channel channel() {
		return channel;
	}

	public PermitCaseState state() {
		return state;
	}

	public ApplicantKind applicantKind() {
		return applicantKind;
	}

	public @Nullable UUID applicantAccountId() {
		return applicantAccountId;
	}

	public String applicantName() {
		return applicantName;
	}

	/** 身份证号 or 统一社会信用代码, sealed (identity's cipher). */
	public @Nullable String applicantIdSealed() {
		return applicantIdSealed;
	}

	/** The masked 身份证号 or the 统一社会信用代码, as pages show it. */
	public @Nullable String applicantIdentifier() {
		return applicantIdentifier;
	}

	public @Nullable String contactName() {
		return contactName;
	}

	public @Nullable String contactPhone() {
		return contactPhone;
	}

	public @Nullable String contactEmail() {
		return contactEmail;
	}

	public @Nullable String queryCodeHash() {
		return queryCodeHash;
	}

	/** The form's answers as JSON. */
	public String formValues() {
		return formValues;
	}

	public @Nullable String submitToken() {
		return submitToken;
	}

	public @Nullable String registeredBy() {
		return registeredBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	/** 收件: when the application reached the department (art. 32 counts from here). */
	public @Nullable Instant submittedAt() {
		return submittedAt;
	}

	public @Nullable Instant acceptedAt() {
		return acceptedAt;
	}

	public @Nullable String acceptedBy() {
		return acceptedBy;
	}

	/** Accepted by law (art. 32), nobody having acted within 5 working days. */
	public boolean deemedAccepted() {
		return deemedAccepted;
	}

	public @Nullable String rejectReason() {
		return rejectReason;
	}

	public @Nullable Decision decision() {
		return decision;
	}

	public @Nullable String decisionReasons() {
		return decisionReasons;
	}

	public @Nullable Instant decidedAt() {
		return decidedAt;
	}

	public @Nullable String decidedBy() {
		return decidedBy;
	}

	public @Nullable Instant closedAt() {
		return closedAt;
	}

	public @Nullable Long caseworkCaseId() {
		return caseworkCaseId;
	}

	/** The 承诺 clock (the guide's promised days), from acceptance. */
	public @Nullable Long promisedClockId() {
		return promisedClockId;
	}

	/** The 法定 clock (the law's limit), from acceptance. */
	public @Nullable Long legalClockId() {
		return legalClockId;
	}

	// -- part A (审查, 决定)

	/** 审查意见 of the reviewer who sent the case for decision. */
	public @Nullable String reviewOpinion() {
		return reviewOpinion;
	}

	public @Nullable String reviewedBy() {
		return reviewedBy;
	}

	public @Nullable Instant reviewedAt() {
		return reviewedAt;
	}

	/** 决定文书号. */
	public @Nullable String decisionNumber() {
		return decisionNumber;
	}

	/** The code of the licence type an approval issues ({@code LicenceType.byCode}). */
	public @Nullable String licenceType() {
		return licenceType;
	}

	/** A refusal's art. 38 remedy sentence, as the decision stated it. */
	public @Nullable String decisionRemedy() {
		return decisionRemedy;
	}

	// -- part E (发证, 办结)

	/** The 发证 clock, once an approval with a licence was decided. */
	public @Nullable Long issueClockId() {
		return issueClockId;
	}

	/** The licence issued for the case (办结 by 发证). */
	public @Nullable String licenceNumber() {
		return licenceNumber;
	}

}
