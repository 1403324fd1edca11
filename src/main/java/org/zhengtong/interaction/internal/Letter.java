package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.RequestState;

/**
 * 诉求: a letter from the public through one of the {@link Door}s, from submission to 办结.
 * The methods keep the letter's own rules (which step follows which, one re-opening); the
 * services move its case in the core in the same transaction and audit each step.
 */
@Entity
@Table(name = "interaction_request")
public class Letter implements Persistable<UUID> {

	@Id
	private UUID id;

	@Version
	private long version;

	/** True from construction until first stored or whenever loaded: {@link #isNew()}. */
	@Transient
	private boolean fresh;

	private String number;

	@Enumerated(EnumType.STRING)
	private Door door;

	private @Nullable String topic;

	private @Nullable String region;

	@Column(name = "leader_post_id")
	private @Nullable UUID leaderPostId;

	@Column(name = "leader_name")
	private @Nullable String leaderName;

	private String title;

	private String body;

	@Enumerated(EnumType.STRING)
	private RequestState state;

	@Column(name = "writer_account_id")
	private @Nullable UUID writerAccountId;

	@Column(name = "writer_name")
	private @Nullable String writerName;

	@Column(name = "writer_phone")
	private @Nullable String writerPhone;

	@Column(name = "writer_email")
	private @Nullable String writerEmail;

	@Column(name = "writer_id_sealed")
	private @Nullable String writerIdSealed;

	@Column(name = "query_code_hash")
	private @Nullable String queryCodeHash;

	@Column(name = "submit_token")
	private @Nullable String submitToken;

	@Column(name = "client_address")
	private @Nullable String clientAddress;

	@Column(name = "consent_publish")
	private boolean consentPublish;

	@Column(name = "held_reason")
	private @Nullable String heldReason;

	@Column(name = "case_id")
	private @Nullable Long caseId;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "accepted_at")
	private @Nullable Instant acceptedAt;

	@Column(name = "accepted_by")
	private @Nullable String acceptedBy;

	@Column(name = "reject_reason")
	private @Nullable String rejectReason;

	@Column(name = "unit_id")
	private @Nullable UUID unitId;

	@Column(name = "handler_username")
	private @Nullable String handlerUsername;

	@Column(name = "reply_clock_id")
	private @Nullable Long replyClockId;

	@Column(name = "reply_draft")
	private @Nullable String replyDraft;

	@Column(name = "reply_text")
	private @Nullable String replyText;

	@Column(name = "reply_unit_id")
	private @Nullable UUID replyUnitId;

	@Column(name = "reply_approved_by")
	private @Nullable String replyApprovedBy;

	@Column(name = "replied_at")
	private @Nullable Instant repliedAt;

	@Column(name = "merged_into")
	private @Nullable UUID mergedInto;

	@Column(name = "escalated_at")
	private @Nullable Instant escalatedAt;

	@Column(name = "reopened_at")
	private @Nullable Instant reopenedAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@SuppressWarnings("NullAway.Init")
	protected Letter() {
	}

	/**
	 * A new letter, 待受理.
	 * @param writer who wrote it: an account, or contact details and the 查询码's hash
	 */
	Letter(UUID id, String number, Door door, String title, String body, Writer writer, boolean consentPublish,
			Instant submittedAt) {
		this.id = id;
		this.fresh = true;
		this.number = number;
		this.door = door;
		this.title = title;
		this.body = body;
		this.state = RequestState.SUBMITTED;
		this.writerAccountId = writer.accountId();
		this.writerName = writer.name();
		this.writerPhone = writer.phone();
		this.writerEmail = writer.email();
		this.writerIdSealed = writer.idSealed();
		this.queryCodeHash = writer.queryCodeHash();
		this.consentPublish = consentPublish;
		this.submittedAt = submittedAt;
	}

	/**
	 * Who wrote a letter. A registered writer has an account; an anonymous one has the
	 * hash of their 查询码 and, if they gave them, a name and a way to reach them.
	 */
	record Writer(@Nullable UUID accountId, @Nullable String name, @Nullable String phone, @Nullable String email,
			@Nullable String idSealed, @Nullable String queryCodeHash) {

		Writer {
			if (accountId == null && queryCodeHash == null) {
				throw new IllegalArgumentException("A writer has an account or a query code");
			}
		}

	}

	private void expect(RequestState... allowed) {
		if (!Arrays.asList(allowed).contains(state)) {
			throw LetterRefused.wrongState(state);
		}
	}

	/** Where it came from and what it is about (routing by 派单目录). */
	void describe(@Nullable String topic, @Nullable String region) {
		this.topic = topic;
		this.region = region;
	}

	/** 领导信箱: the leader written to, by post, with their name as it was then. */
	void addressTo(UUID leaderPostId, String leaderName) {
		this.leaderPostId = leaderPostId;
		this.leaderName = leaderName;
	}

	/** The one-time token of the form and the address it came from. */
	void receivedFrom(@Nullable String submitToken, @Nullable String clientAddress) {
		this.submitToken = submitToken;
		this.clientAddress = clientAddress;
	}

	/**
	 * What a letter is called in its own transaction until it takes its number, last
	 * ({@link LetterSubmissions}): unique (from the id) and never seen by anyone else, as
	 * the numbered letter is what commits.
	 */
	static String unnumbered(UUID id) {
		return "~" + id.toString().replace("-", "").substring(0, 19);
	}

	/** Whether the letter still waits for its number ({@link #unnumbered}). */
	boolean waitsForNumber() {
		return number.startsWith("~");
	}

	/** The gap-free number, taken just before the letter's transaction commits. */
	void numbered(String number) {
		if (!waitsForNumber()) {
			throw new IllegalStateException("Letter " + this.number + " is numbered already");
		}
		this.number = number;
	}

	void attachCase(long caseId) {
		this.caseId = caseId;
	}

	/**
	 * 待审核: held for a moderator (sensitive words, links) instead of being dropped; done
	 * as it is submitted.
	 */
	void hold(String reason) {
		expect(RequestState.SUBMITTED);
		this.state = RequestState.SCREENING;
		this.heldReason = reason;
	}

	/** A moderator let it through to 受理. */
	void release() {
		expect(RequestState.SCREENING);
		this.state = RequestState.SUBMITTED;
	}

	/** 受理. */
	void accept(String by, Instant at) {
		expect(RequestState.SUBMITTED);
		this.state = RequestState.ACCEPTED;
		this.acceptedBy = by;
		this.acceptedAt = at;
	}

	/** 不予受理, with the reason the writer reads. */
	void reject(String reason) {
		expect(RequestState.SCREENING, RequestState.SUBMITTED, RequestState.ACCEPTED);
		this.state = RequestState.REJECTED;
		this.rejectReason = reason;
	}

	/** 撤回 by the writer, only before 受理. */
	void withdraw(Instant at) {
		expect(RequestState.SCREENING, RequestState.SUBMITTED);
		this.state = RequestState.WITHDRAWN;
		this.closedAt = at;
	}

	/** 派单: routed to a unit, with the clock its reply runs on. */
	void assign(UUID unit, long replyClockId) {
		expect(RequestState.ACCEPTED);
		this.state = RequestState.ASSIGNED;
		this.unitId = unit;
		this.handlerUsername = null;
		this.replyClockId = replyClockId;
	}

	/**
	 * Back to the office for routing again (the unit objected, or the office moves it).
	 */
	void backToOffice() {
		expect(RequestState.ASSIGNED, RequestState.IN_PROGRESS);
		this.state = RequestState.ACCEPTED;
		this.unitId = null;
		this.handlerUsername = null;
		this.replyDraft = null;
	}

	/** A handler of the unit takes it (also after a 重办). */
	void take(String handler) {
		expect(RequestState.ASSIGNED, RequestState.REOPENED, RequestState.IN_PROGRESS);
		this.state = RequestState.IN_PROGRESS;
		this.handlerUsername = handler;
	}

	/** Saves the handler's draft reply. */
	void draft(String text) {
		expect(RequestState.IN_PROGRESS);
		this.replyDraft = text;
	}

	/** The draft goes to the unit leader. */
	void submitReply() {
		expect(RequestState.IN_PROGRESS, RequestState.REOPENED);
		if (replyDraft == null || replyDraft.isBlank()) {
			throw LetterRefused.wrongState(state);
		}
		this.state = RequestState.REPLY_REVIEW;
	}

	/** The leader returns the draft to the handler. */
	void returnReply() {
		expect(RequestState.REPLY_REVIEW);
		this.state = RequestState.IN_PROGRESS;
	}

	/** The leader approves: the reply is sent, under the unit that answered. */
	void send(String approvedBy, Instant at) {
		expect(RequestState.REPLY_REVIEW);
		this.state = RequestState.REPLIED;
		this.replyText = replyDraft;
		this.replyUnitId = unitId;
		this.replyApprovedBy = approvedBy;
		this.repliedAt = at;
	}

	/** A merged duplicate gets the reply of the letter it was merged into. */
	void answerAsMerged(String text, UUID unit, Instant at) {
		expect(RequestState.MERGED);
		this.replyText = text;
		this.replyUnitId = unit;
		this.repliedAt = at;
	}

	/** The writer rated the reply. */
	void rated() {
		expect(RequestState.REPLIED);
		this.state = RequestState.RATED;
	}

	/** 重办: the writer re-opens it once; its unit handles it again. */
	void reopen(Instant at) {
		expect(RequestState.REPLIED, RequestState.RATED);
		if (reopenedAt != null) {
			throw LetterRefused.reopenedBefore();
		}
		this.state = RequestState.REOPENED;
		this.reopenedAt = at;
	}

	/**
	 * The re-opened letter's reply runs on a new clock, held by the unit that answered:
	 * the queue orders it by this clock, 催办 follows it, and the second reply stops it.
	 */
	void replyAgain(UUID unit, long replyClockId) {
		expect(RequestState.REOPENED);
		this.unitId = unit;
		this.replyClockId = replyClockId;
	}

	/**
	 * 改派: the office moves the letter from the unit holding it to another, which starts
	 * on it afresh (nobody there has taken it yet); the reply clock stays the letter's.
	 */
	void reassign(UUID unit) {
		expect(RequestState.ASSIGNED, RequestState.IN_PROGRESS);
		this.state = RequestState.ASSIGNED;
		this.unitId = unit;
		this.handlerUsername = null;
		this.replyDraft = null;
	}

	/** 办结. */
	void close(Instant at) {
		expect(RequestState.REPLIED, RequestState.RATED);
		this.state = RequestState.CLOSED;
		this.closedAt = at;
	}

	/** 已合并 into another letter on the same matter. */
	void mergeInto(UUID other, Instant at) {
		expect(RequestState.SUBMITTED, RequestState.ACCEPTED, RequestState.ASSIGNED, RequestState.IN_PROGRESS);
		this.state = RequestState.MERGED;
		this.mergedInto = other;
		this.unitId = null;
		this.closedAt = at;
	}

	/** Marked for 督办 (supervision). */
	void escalate(Instant at) {
		if (state.ended()) {
			throw LetterRefused.wrongState(state);
		}
		this.escalatedAt = at;
	}

	public UUID id() {
		return id;
	}

	public long version() {
		return version;
	}

	/**
	 * Whether it was never stored: Spring Data then persists this very instance (with an
	 * assigned id it would otherwise merge a copy, and later changes to this instance
	 * would be lost).
	 */
	@Override
	public boolean isNew() {
		return fresh;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@PostPersist
	@PostLoad
	void stored() {
		fresh = false;
	}

	public String number() {
		return number;
	}

	public Door door() {
		return door;
	}

	public @Nullable String topic() {
		return topic;
	}

	public @Nullable String region() {
		return region;
	}

	public @Nullable UUID leaderPostId() {
		return leaderPostId;
	}

	public @Nullable String leaderName() {
		return leaderName;
	}

	public String title() {
		return title;
	}

	public String body() {
		return body;
	}

	public RequestState state() {
		return state;
	}

	public @Nullable UUID writerAccountId() {
		return writerAccountId;
	}

	public @Nullable String writerName() {
		return writerName;
	}

	public @Nullable String writerPhone() {
		return writerPhone;
	}

	public @Nullable String writerEmail() {
		return writerEmail;
	}

	public @Nullable String writerIdSealed() {
		return writerIdSealed;
	}

	public @Nullable String queryCodeHash() {
		return queryCodeHash;
	}

	public boolean consentPublish() {
		return consentPublish;
	}

	public @Nullable String heldReason() {
		return heldReason;
	}

	public @Nullable Long caseId() {
		return caseId;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public @Nullable Instant acceptedAt() {
		return acceptedAt;
	}

	public @Nullable String acceptedBy() {
		return acceptedBy;
	}

	public @Nullable String rejectReason() {
		return rejectReason;
	}

	public @Nullable UUID unitId() {
		return unitId;
	}

	public @Nullable String handlerUsername() {
		return handlerUsername;
	}

	public @Nullable Long replyClockId() {
		return replyClockId;
	}

	public @Nullable String replyDraft() {
		return replyDraft;
	}

	public @Nullable String replyText() {
		return replyText;
	}

	public @Nullable UUID replyUnitId() {
		return replyUnitId;
	}

	public @Nullable String replyApprovedBy() {
		return replyApprovedBy;
	}

	public @Nullable Instant repliedAt() {
		return repliedAt;
	}

	public @Nullable UUID mergedInto() {
		return mergedInto;
	}

	public @Nullable Instant escalatedAt() {
		return escalatedAt;
	}

	public @Nullable Instant reopenedAt() {
		return reopenedAt;
	}

	public @Nullable Instant closedAt() {
		return closedAt;
	}

}
