package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.zhengtong.content.AnnualReport.Applicant;
import org.zhengtong.interaction.DisclosureRefused;

/**
 * 政府信息公开申请: a request for government information under 政府信息公开条例 (2019), from its receipt
 * to the answer. The methods keep the regulation's rules that belong to the request
 * itself (one 补正 notice, one extension, a ground where the answer needs one); the service
 * moves its clocks and its case in the same transaction and audits each step.
 */
@Entity
@Table(name = "interaction_disclosure_request")
public class DisclosureRequest {

	/** How the request came (art. 31 decides the day it counts as received). */
	public enum Channel {

		ONLINE, POST, COUNTER

	}

	/** 信息的载体形式 (art. 29 (三)). */
	public enum Medium {

		PAPER, ELECTRONIC

	}

	/** 获取信息的方式 (art. 29 (三)). */
	public enum Delivery {

		POST, EMAIL, COLLECT, ONLINE

	}

	@Id
	private UUID id;

	@Version
	private long version;

	private String number;

	@Column(name = "unit_id")
	private UUID unitId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	private DisclosureState state;

	@Enumerated(EnumType.STRING)
	@Column(name = "applicant_type")
	private Applicant applicantType;

	@Column(name = "applicant_name")
	private String applicantName;

	@Column(name = "id_number_masked")
	private @Nullable String idNumberMasked;

	@Column(name = "credit_code")
	private @Nullable String creditCode;

	@Column(name = "contact_person")
	private @Nullable String contactPerson;

	private String phone;

	private @Nullable String email;

	private @Nullable String address;

	private String description;

	@Enumerated(EnumType.STRING)
	private Medium medium;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	@Column(name = "applicant_account_id")
	private @Nullable UUID applicantAccountId;

	@Column(name = "query_code_hash")
	private @Nullable String queryCodeHash;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	@Column(name = "registered_by")
	private String registeredBy;

	@Column(name = "registered_at")
	private Instant registeredAt;

	@Column(name = "case_id")
	private @Nullable Long caseId;

	@Column(name = "notice_clock_id")
	private @Nullable Long noticeClockId;

	@Column(name = "correction_items")
	private @Nullable String correctionItems;

	@Column(name = "correction_noticed_at")
	private @Nullable Instant correctionNoticedAt;

	@Column(name = "correction_noticed_by")
	private @Nullable String correctionNoticedBy;

	@Column(name = "correction_clock_id")
	private @Nullable Long correctionClockId;

	@Column(name = "correction_received_on")
	private @Nullable LocalDate correctionReceivedOn;

	@Column(name = "correction_text")
	private @Nullable String correctionText;

	@Column(name = "reply_clock_id")
	private @Nullable Long replyClockId;

	@Column(name = "consultation_party")
	private @Nullable String consultationParty;

	@Column(name = "consultation_count")
	private int consultationCount;

	@Column(name = "extension_days")
	private @Nullable Integer extensionDays;

	@Column(name = "extension_reason")
	private @Nullable String extensionReason;

	@Column(name = "extension_requested_by")
	private @Nullable String extensionRequestedBy;

	@Column(name = "extension_decided_by")
	private @Nullable String extensionDecidedBy;

	@Column(name = "extension_decided_at")
	private @Nullable Instant extensionDecidedAt;

	@Column(name = "extension_approved")
	private @Nullable Boolean extensionApproved;

	@Enumerated(EnumType.STRING)
	@Column(name = "reply_type")
	private @Nullable DisclosureReply replyType;

	@Enumerated(EnumType.STRING)
	@Column(name = "reply_ground")
	private @Nullable DisclosureGround replyGround;

	@Column(name = "reply_text")
	private @Nullable String replyText;

	@Column(name = "replied_by")
	private @Nullable String repliedBy;

	@Column(name = "replied_at")
	private @Nullable Instant repliedAt;

	@Column(name = "lapsed_at")
	private @Nullable Instant lapsedAt;

	@SuppressWarnings("NullAway.Init")
	protected DisclosureRequest() {
	}

	/** A request as received (online, or registered by staff from post or counter). */
	public DisclosureRequest(UUID id, String number, UUID unitId, Channel channel, Applicant applicantType,
			String applicantName, @Nullable String idNumberMasked, @Nullable String creditCode,
			@Nullable String contactPerson, String phone, @Nullable String email, @Nullable String address,
			String description, Medium medium, Delivery delivery, @Nullable UUID applicantAccountId,
			LocalDate receivedOn, String registeredBy, Instant registeredAt) {
		this.id = id;
		this.number = number;
		this.unitId = unitId;
		this.channel = channel;
		this.state = DisclosureState.RECEIVED;
		this.applicantType = applicantType;
		this.applicantName = applicantName;
		this.idNumberMasked = idNumberMasked;
		this.creditCode = creditCode;
		this.contactPerson = contactPerson;
		this.phone = phone;
		this.email = email;
		this.address = address;
		this.description = description;
		this.medium = medium;
		this.delivery = delivery;
		this.applicantAccountId = applicantAccountId;
		this.receivedOn = receivedOn;
		this.registeredBy = registeredBy;
		this.registeredAt = registeredAt;
	}

	void clocks(long noticeClock, long replyClock) {
		this.noticeClockId = noticeClock;
		this.replyClockId = replyClock;
	}

	/**
	 * What a request is called in its own transaction until it takes its number, last
	 * ({@link DisclosureRequestService#receive}): unique (from the id), never committed.
	 */
	static String unnumbered(UUID id) {
		return "~" + id.toString().replace("-", "").substring(0, 19);
	}

	/**
	 * The unit's gap-free number, taken just before the receiving transaction commits.
	 */
	void numbered(String number) {
		if (!this.number.startsWith("~")) {
			throw new IllegalStateException("Request " + this.number + " is numbered already");
		}
		this.number = number;
	}

	void attachCase(long caseId) {
		this.caseId = caseId;
	}

	void queryCode(String hash) {
		this.queryCodeHash = hash;
	}

	/**
	 * Art. 30: one notice listing everything to correct, within 7 working days of receipt
	 * (the caller checks the day), with the period the applicant has.
	 */
	void noticeCorrection(String items, long periodClock, String by, Instant at) {
		expect(DisclosureState.RECEIVED);
		if (correctionNoticedAt != null) {
			throw DisclosureRefused.of("interaction.disclosure.refused.secondCorrection");
		}
		if (consultationCount > 0 || extensionDays != null) {
			throw DisclosureRefused.of("interaction.disclosure.refused.correctionTooLate");
		}
		this.correctionItems = items;
		this.correctionClockId = periodClock;
		this.correctionNoticedBy = by;
		this.correctionNoticedAt = at;
		this.state = DisclosureState.CORRECTION;
	}

	/** The corrected request arrived: the reply clock starts again from that day. */
	void corrected(LocalDate on, String text, long replyClock) {
		expect(DisclosureState.CORRECTION);
		this.correctionReceivedOn = on;
		this.correctionText = text;
		this.replyClockId = replyClock;
		this.state = DisclosureState.RECEIVED;
	}

	/** Art. 30: 视为放弃申请. */
	void lapse(Instant at) {
		expect(DisclosureState.CORRECTION);
		this.lapsedAt = at;
		this.state = DisclosureState.LAPSED;
	}

	void consult(String party) {
		expect(DisclosureState.RECEIVED);
		this.consultationParty = party;
		this.consultationCount++;
		this.state = DisclosureState.CONSULTING;
	}

	void consulted() {
		expect(DisclosureState.CONSULTING);
		this.state = DisclosureState.RECEIVED;
	}

	/** Art. 33: one extension of at most 20 working days, asked with its reason. */
	void askExtension(int days, String reason, String by) {
		expect(DisclosureState.RECEIVED);
		if (extensionApproved != null && extensionApproved) {
			throw DisclosureRefused.of("interaction.disclosure.refused.secondExtension");
		}
		if (days < 1 || days > 20) {
			throw DisclosureRefused.of("interaction.disclosure.refused.extensionDays", days);
		}
		this.extensionDays = days;
		this.extensionReason = reason;
		this.extensionRequestedBy = by;
		this.extensionDecidedBy = null;
		this.extensionDecidedAt = null;
		this.extensionApproved = null;
		this.state = DisclosureState.EXTENSION_REVIEW;
	}

	void decideExtension(boolean approved, String by, Instant at) {
		expect(DisclosureState.EXTENSION_REVIEW);
		this.extensionApproved = approved;
		this.extensionDecidedBy = by;
		this.extensionDecidedAt = at;
		this.state = DisclosureState.RECEIVED;
	}

	/** Art. 36: the answer; 不予公开, 部分公开 and 不予处理 name their ground. */
	void answer(DisclosureReply type, @Nullable DisclosureGround ground, String text, String by, Instant at) {
		if (state != DisclosureState.RECEIVED && state != DisclosureState.CORRECTION) {
			throw DisclosureRefused.wrongState(state);
		}
		if (type.needsGround() && (ground == null || !type.grounds().contains(ground))) {
			throw DisclosureRefused.of("interaction.disclosure.refused.groundMissing",
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							"interaction.disclosure.reply." + type.name()));
		}
		this.replyType = type;
		this.replyGround = type.needsGround() ? ground : null;
		this.replyText = text;
		this.repliedBy = by;
		this.repliedAt = at;
		this.state = DisclosureState.ANSWERED;
	}

	private void expect(DisclosureState expected) {
		if (state != expected) {
			throw DisclosureRefused.wrongState(state);
		}
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public UUID unitId() {
		return unitId;
	}

	public Channel channel() {
		return channel;
	}

	public DisclosureState state() {
		return state;
	}

	public Applicant applicantType() {
		return applicantType;
	}

	public String applicantName() {
		return applicantName;
	}

	public @Nullable String idNumberMasked() {
		return idNumberMasked;
	}

	public @Nullable String creditCode() {
		return creditCode;
	}

	public @Nullable String contactPerson() {
		return contactPerson;
	}

	public String phone() {
		return phone;
	}

	public @Nullable String email() {
		return email;
	}

	public @Nullable String address() {
		return address;
	}

	public String description() {
		return description;
	}

	public Medium medium() {
		return medium;
	}

	public Delivery delivery() {
		return delivery;
	}

	public @Nullable UUID applicantAccountId() {
		return applicantAccountId;
	}

	public @Nullable String queryCodeHash() {
		return queryCodeHash;
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public String registeredBy() {
		return registeredBy;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	public @Nullable Long caseId() {
		return caseId;
	}

	public @Nullable Long noticeClockId() {
		return noticeClockId;
	}

	public @Nullable String correctionItems() {
		return correctionItems;
	}

	public @Nullable Instant correctionNoticedAt() {
		return correctionNoticedAt;
	}

	public @Nullable Long correctionClockId() {
		return correctionClockId;
	}

	public @Nullable LocalDate correctionReceivedOn() {
		return correctionReceivedOn;
	}

	public @Nullable String correctionText() {
		return correctionText;
	}

	public @Nullable Long replyClockId() {
		return replyClockId;
	}

	public @Nullable String consultationParty() {
		return consultationParty;
	}

	public @Nullable Integer extensionDays() {
		return extensionDays;
	}

	public @Nullable String extensionReason() {
		return extensionReason;
	}

	public @Nullable Boolean extensionApproved() {
		return extensionApproved;
	}

	public @Nullable String extensionDecidedBy() {
		return extensionDecidedBy;
	}

	public @Nullable DisclosureReply replyType() {
		return replyType;
	}

	public @Nullable DisclosureGround replyGround() {
		return replyGround;
	}

	public @Nullable String replyText() {
		return replyText;
	}

	public @Nullable Instant repliedAt() {
		return repliedAt;
	}

	public @Nullable Instant lapsedAt() {
		return lapsedAt;
	}

}
