package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.PauseKind;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.StartClock;
import org.zhengtong.casework.Transition;
import org.zhengtong.interaction.DisclosureCorrectionNoticed;
import org.zhengtong.interaction.DisclosureExtended;
import org.zhengtong.interaction.DisclosureRefused;
import org.zhengtong.interaction.DisclosureRequestAnswered;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.shared.Refusal;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * 依申请公开 under 政府信息公开条例 (2019): receiving a request, the 补正 notice (art. 30), third-party
 * consultation (art. 33), the extension (art. 33) and the answer (art. 36). The request's
 * clocks are the core's: 7 working days for the 补正 notice and 20 for the answer, both
 * counted from the day received (art. 31) with that day not counted; the answer's clock
 * starts again on the day the corrected request arrives, stands still while a third party
 * is consulted and grows by the approved extension. Every step is audited; a refused one
 * changes nothing and leaves a DENIED entry written apart.
 */
@Service
@Transactional
public class DisclosureRequestService {

	/** Art. 33: 20 working days to answer. */
	static final int REPLY_DAYS = 20;

	/** Art. 30: the 补正 notice within 7 working days. */
	static final int NOTICE_DAYS = 7;

	/** Art. 33: an extension of at most 20 working days. */
	static final int MAX_EXTENSION = 20;

	/** The longest 补正 period an officer may give, in working days. */
	static final int MAX_CORRECTION_PERIOD = 60;

	static final String OBJECT = "interaction_disclosure_request";

	private final DisclosureRequests requests;

	private final DisclosureAccess access;

	private final DisclosureNumbers numbers;

	private final Casework casework;

	private final Deadlines deadlines;

	private final QueryCodes codes;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final Clock clock;

	private final DisclosureLetterService letters;

	DisclosureRequestService(DisclosureRequests requests, DisclosureAccess access, DisclosureNumbers numbers,
			Casework casework, Deadlines deadlines, QueryCodes codes, MessageSource messages,
			ApplicationEventPublisher events, AuditManagement audit, Clock clock, DisclosureLetterService letters) {
		this.letters = letters;
		this.requests = requests;
		this.access = access;
		this.numbers = numbers;
		this.casework = casework;
		this.deadlines = deadlines;
		this.codes = codes;
		this.messages = messages;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A request received, with the 查询码 to show once ({@code null} for an account's
	 * request).
	 */
	public record Received(DisclosureRequest request, @Nullable String queryCode) {
	}

	/**
	 * Receives a request: numbers it, starts its clocks and its case (a task for the
	 * unit's 信息公开专员). Staff registering a posted or counter request must handle the
	 * unit's requests; the day received is not in the future.
	 */
	public Received receive(ReceiveDisclosure command) {
		return guarded("interaction.disclosure.received", command.actor(), null, () -> {
			LocalDate today = LocalDate.now(clock);
			if (command.channel() != DisclosureRequest.Channel.ONLINE) {
				if (!access.officer(command.actor(), command.unitId())) {
					throw DisclosureRefused.notFound();
				}
				if (command.receivedOn().isAfter(today)) {
					throw DisclosureRefused.of("interaction.disclosure.refused.futureDay");
				}
			}
			LocalDate receivedOn = command.channel() == DisclosureRequest.Channel.ONLINE ? today : command.receivedOn();
			UUID id = UUID.randomUUID();
			String masked = command.idNumber() == null ? null : ResidentIdNumber.of(command.idNumber()).masked();
			DisclosureRequest fresh = new DisclosureRequest(id, DisclosureRequest.unnumbered(id), command.unitId(),
					command.channel(), command.applicantType(), command.applicantName(), masked, command.creditCode(),
					command.contactPerson(), command.phone(), command.email(), command.address(), command.description(),
					command.medium(), command.delivery(), command.accountId(), receivedOn, command.actor(),
					clock.instant());
			String code = null;
			if (command.accountId() == null) {
				code = codes.generate();
				fresh.queryCode(codes.hash(id, code));
			}
			// an assigned id makes save() a merge: keep working on the managed copy
			DisclosureRequest request = requests.save(fresh);
			CaseView started = casework
				.start(new StartCase(DisclosureType.CODE, id.toString(), cut("依申请公开：" + shortDescription(request)),
						"/workbench/disclosure/" + id, command.unitId(), command.actor(), null));
			request.attachCase(started.id());
			// Last, what names the number: the unit's counter row stays locked from here
			// until
			// commit (a rollback gives the number back), so it is held for a few
			// statements.
			String number = numbers.take(command.unitId(), id, command.actor());
			request.numbered(number);
			Instant start = startOf(receivedOn);
			long notice = deadlines
				.start(new StartClock("interaction", number + " 补正告知", Measure.WORKING_DAYS, NOTICE_DAYS, start, null));
			long reply = deadlines
				.start(new StartClock("interaction", number + " 答复", Measure.WORKING_DAYS, REPLY_DAYS, start, null));
			request.clocks(notice, reply);
			casework.retitle(started.id(), title(request), command.actor());
			casework.transition(Transition.to(started.id(), DisclosureState.RECEIVED, command.actor())
				.opening(officerStep(request)));
			record(command.actor(), "interaction.disclosure.received", request,
					"收到政府信息公开申请 " + number + "（" + command.channel() + "，" + receivedOn + "）");
			return new Received(request, code);
		});
	}

	/**
	 * Art. 30: the one 补正 notice, listing everything to correct with the period given;
	 * refused after the 7th working day from receipt, a second time, or once the request
	 * went on (consulted, extended). The answer's clock ends here: it starts again on the
	 * day the corrected request arrives.
	 */
	public void noticeCorrection(UUID id, String items, int periodDays, String actor) {
		guarded("interaction.disclosure.correction-noticed", actor, id, () -> {
			DisclosureRequest request = officerRequest(id, actor);
			if (request.noticeClockId() != null
					&& clock.instant().isAfter(deadlines.view(request.noticeClockId()).dueAt())) {
				throw DisclosureRefused.of("interaction.disclosure.refused.noticeLate",
						deadlines.view(request.noticeClockId()).dueDay().toString());
			}
			if (periodDays < 1 || periodDays > MAX_CORRECTION_PERIOD) {
				throw DisclosureRefused.of("interaction.disclosure.refused.correctionPeriod", MAX_CORRECTION_PERIOD);
			}
			long period = deadlines.start(new StartClock("interaction", request.number() + " 补正期限",
					Measure.WORKING_DAYS, periodDays, clock.instant(), null));
			request.noticeCorrection(items.strip(), period, actor, clock.instant());
			stop(request.noticeClockId());
			stop(request.replyClockId());
			move(request, DisclosureState.CORRECTION, actor, items, officerStep(request));
			record(actor, "interaction.disclosure.correction-noticed", request,
					"一次性告知补正 " + request.number() + "，补正期限 " + periodDays + " 个工作日");
			events.publishEvent(new DisclosureCorrectionNoticed(request.id(), request.number(), items.strip(),
					deadlines.view(period).dueDay(), clock.instant()));
			return null;
		});
	}

	/**
	 * The corrected request arrived on {@code receivedOn} (not before the notice, not in
	 * the future): the answer's 20 working days start from that day (art. 30).
	 */
	public void corrected(UUID id, LocalDate receivedOn, String text, String actor) {
		guarded("interaction.disclosure.corrected", actor, id, () -> {
			DisclosureRequest request = officerRequest(id, actor);
			Instant noticed = request.correctionNoticedAt();
			if (receivedOn.isAfter(LocalDate.now(clock))
					|| (noticed != null && receivedOn.isBefore(LocalDate.ofInstant(noticed, zone())))) {
				throw DisclosureRefused.of("interaction.disclosure.refused.correctionDay");
			}
			long reply = deadlines.start(new StartClock("interaction", request.number() + " 答复", Measure.WORKING_DAYS,
					REPLY_DAYS, startOf(receivedOn), null));
			stop(request.correctionClockId());
			request.corrected(receivedOn, text.strip(), reply);
			move(request, DisclosureState.RECEIVED, actor, null, officerStep(request));
			record(actor, "interaction.disclosure.corrected", request,
					"收到补正后的申请 " + request.number() + "（" + receivedOn + "），重新计算答复期限");
			return null;
		});
	}

	/**
	 * Art. 30: a request not corrected within its period is treated as withdrawn
	 * (视为放弃申请). Run by {@link DisclosureLapses}.
	 * @return whether it lapsed now
	 */
	public boolean lapseIfOverdue(UUID id) {
		DisclosureRequest request = requests.findById(id).orElseThrow(DisclosureRefused::notFound);
		Long period = request.correctionClockId();
		if (request.state() != DisclosureState.CORRECTION || period == null
				|| !clock.instant().isAfter(deadlines.view(period).dueAt())) {
			return false;
		}
		request.lapse(clock.instant());
		stop(period);
		move(request, DisclosureState.LAPSED, "system", null, null);
		record("system", "interaction.disclosure.lapsed", request, "逾期未补正，视为放弃申请：" + request.number());
		return true;
	}

	/**
	 * Art. 33: asks a third party (or another authority); the answer's clock stands
	 * still.
	 */
	public void consult(UUID id, String party, String actor) {
		guarded("interaction.disclosure.consulted", actor, id, () -> {
			DisclosureRequest request = officerRequest(id, actor);
			request.consult(party.strip());
			deadlines.pause(replyClock(request), PauseKind.CONSULTATION, party.strip(), actor);
			move(request, DisclosureState.CONSULTING, actor, null, officerStep(request));
			record(actor, "interaction.disclosure.consulted", request,
					"征求第三方意见 " + request.number() + "：" + party.strip());
			return null;
		});
	}

	/** The third party answered (or its time ran out): the clock goes on. */
	public void consulted(UUID id, String actor) {
		guarded("interaction.disclosure.consultation-ended", actor, id, () -> {
			DisclosureRequest request = officerRequest(id, actor);
			request.consulted();
			deadlines.resume(replyClock(request), actor);
			move(request, DisclosureState.RECEIVED, actor, null, officerStep(request));
			record(actor, "interaction.disclosure.consultation-ended", request,
					"第三方意见已收到 " + request.number() + "，恢复计算答复期限");
			return null;
		});
	}

	/**
	 * Art. 33: asks the head of the office for the one extension (1–20 working days),
	 * with the reason the applicant will be told.
	 */
	public void askExtension(UUID id, int days, String reason, String actor) {
		guarded("interaction.disclosure.extension-asked", actor, id, () -> {
			DisclosureRequest request = officerRequest(id, actor);
			request.askExtension(days, reason.strip(), actor);
			move(request, DisclosureState.EXTENSION_REVIEW, actor, null, OpenStep
				.one(Assignee.unit(request.unitId(), InteractionRoles.APPROVE, roleName("INTERACTION_LEADER"))));
			record(actor, "interaction.disclosure.extension-asked", request,
					"申请延期答复 " + request.number() + "：" + days + " 个工作日；" + reason.strip());
			return null;
		});
	}

	/**
	 * The head of the office (the unit's {@code interaction.approve}) approves or refuses
	 * the extension; approved, the answer's clock grows by its days.
	 */
	public void decideExtension(UUID id, boolean approve, String actor) {
		guarded("interaction.disclosure.extension-decided", actor, id, () -> {
			DisclosureRequest request = requests.findById(id).orElseThrow(DisclosureRefused::notFound);
			if (!access.leader(actor, request.unitId())) {
				throw DisclosureRefused.notFound();
			}
			request.decideExtension(approve, actor, clock.instant());
			Integer days = request.extensionDays();
			String reason = request.extensionReason();
			if (approve && days != null && reason != null) {
				deadlines.extend(replyClock(request), days, reason, actor);
				events.publishEvent(new DisclosureExtended(request.id(), request.number(), days, reason,
						deadlines.view(replyClock(request)).dueDay(), clock.instant()));
			}
			move(request, DisclosureState.RECEIVED, actor, approve ? "APPROVE" : "REFUSE", null, officerStep(request));
			record(actor, "interaction.disclosure.extension-decided", request,
					(approve ? "同意延期 " : "不同意延期 ") + request.number() + "：" + request.extensionDays() + " 个工作日");
			return null;
		});
	}

	/**
	 * Art. 36: the answer, of a type with its ground where the type needs one. Ends the
	 * clocks and the case, lays out the 答复书 ({@link DisclosureLetterService#prepare}) and
	 * publishes {@link DisclosureRequestAnswered}.
	 */
	public void answer(UUID id, DisclosureReply type, @Nullable DisclosureGround ground, String text, String actor) {
		guarded("interaction.disclosure.answered", actor, id, () -> {
			DisclosureRequest request = officerRequest(id, actor);
			request.answer(type, ground, text.strip(), actor, clock.instant());
			stop(request.replyClockId());
			stop(request.noticeClockId());
			stop(request.correctionClockId());
			move(request, DisclosureState.ANSWERED, actor, type.name(), null, null);
			record(actor, "interaction.disclosure.answered", request,
					"答复政府信息公开申请 " + request.number() + "：" + type + (ground == null ? "" : "（" + ground + "）"));
			// The 答复书: sealed now by a seal keeper in a certificate session, otherwise 用印
			// waits in the seal keepers' inbox.
			letters.prepare(request, actor);
			events.publishEvent(new DisclosureRequestAnswered(request.id(), request.number(), request.unitId(),
					type.name(), clock.instant()));
			return null;
		});
	}

	/** The request the applicant follows with its number and 查询码, if both match. */
	@Transactional(readOnly = true)
	public @Nullable DisclosureRequest follow(String number, String code) {
		for (DisclosureRequest request : requests.findByNumber(number.strip())) {
			if (request.queryCodeHash() != null && java.security.MessageDigest.isEqual(
					codes.hash(request.id(), code).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
					request.queryCodeHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
				return request;
			}
		}
		return null;
	}

	private DisclosureRequest officerRequest(UUID id, String actor) {
		DisclosureRequest request = requests.findById(id).orElseThrow(DisclosureRefused::notFound);
		if (!access.officer(actor, request.unitId())) {
			throw DisclosureRefused.notFound();
		}
		return request;
	}

	private long replyClock(DisclosureRequest request) {
		Long reply = request.replyClockId();
		if (reply == null) {
			throw new IllegalStateException("No reply clock on " + request.number());
		}
		return reply;
	}

	private void stop(@Nullable Long clockId) {
		if (clockId != null) {
			deadlines.stop(clockId);
		}
	}

	private OpenStep officerStep(DisclosureRequest request) {
		return OpenStep
			.one(Assignee.unit(request.unitId(), InteractionRoles.DISCLOSURE, roleName("DISCLOSURE_OFFICER")));
	}

	private void move(DisclosureRequest request, DisclosureState to, String actor, @Nullable String opinion,
			@Nullable OpenStep step) {
		move(request, to, actor, null, opinion, step);
	}

	private void move(DisclosureRequest request, DisclosureState to, String actor, @Nullable String decision,
			@Nullable String opinion, @Nullable OpenStep step) {
		Long caseId = request.caseId();
		if (caseId == null) {
			return;
		}
		String shortOpinion = opinion != null && opinion.length() > 2000 ? opinion.substring(0, 2000) : opinion;
		Transition transition = Transition.to(caseId, to, actor).because(decision, shortOpinion);
		casework.transition(step == null ? transition : transition.opening(step));
	}

	private String title(DisclosureRequest request) {
		return cut("依申请公开 " + request.number() + "：" + shortDescription(request));
	}

	private static String shortDescription(DisclosureRequest request) {
		String description = request.description().replaceAll("\\s+", " ");
		return description.length() > 60 ? description.substring(0, 60) + "…" : description;
	}

	private static String cut(String title) {
		return title.length() > 300 ? title.substring(0, 300) : title;
	}

	private String roleName(String code) {
		return messages.getMessage("role." + code, null, code, Locale.SIMPLIFIED_CHINESE);
	}

	private Instant startOf(LocalDate day) {
		LocalDate today = LocalDate.now(clock);
		return day.equals(today) ? clock.instant() : day.atTime(9, 0).atZone(zone()).toInstant();
	}

	private ZoneId zone() {
		return clock.getZone();
	}

	private void record(String actor, String action, DisclosureRequest request, String summary) {
		events.publishEvent(
				AuditableEvent.succeeded(clock.instant(), actor, action, OBJECT, request.id().toString(), summary));
	}

	/**
	 * Runs a step; a refusal rolls the transaction back (it propagates) and leaves a
	 * DENIED entry written in a transaction of its own.
	 */
	private <T> T guarded(String action, String actor, @Nullable UUID id, Supplier<T> step) {
		try {
			return step.get();
		}
		catch (Refusal refused) {
			audit.recordApart(
					AuditableEvent
						.succeeded(clock.instant(), actor, action, OBJECT, id == null ? null : id.toString(),
								"拒绝：" + refused.getMessage())
						.withOutcome(Outcome.DENIED));
			throw refused;
		}
	}

}
