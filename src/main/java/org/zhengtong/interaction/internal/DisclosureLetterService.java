package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

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
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.Transition;
import org.zhengtong.interaction.DisclosureRefused;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.CertificateSessions;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.interaction.DisclosureLetterSealed;
import org.zhengtong.shared.Refusal;

/**
 * 答复书 and 用印: when a disclosure request is answered its 答复书 is laid out at once, under
 * the unit's name on that day. If the person answering is one of the unit's 印章管理员 and
 * signed in with their certificate, they seal it in the same act; otherwise it waits in
 * the 用印 step, a task in the 待办 inbox of the unit's seal keepers, until one of them seals
 * exactly the PDF that was laid out. The applicant can download it only once sealed.
 */
@Service
@Transactional
public class DisclosureLetterService {

	static final String OBJECT = DisclosureRequestService.OBJECT;

	private final DisclosureLetters letters;

	private final DisclosureRequests requests;

	private final DisclosureLetterPdf layout;

	private final UnitSeals seals;

	private final CertificateSessions sessions;

	private final Casework casework;

	private final UnitManagement units;

	private final DisclosureAccess access;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final Clock clock;

	DisclosureLetterService(DisclosureLetters letters, DisclosureRequests requests, DisclosureLetterPdf layout,
			UnitSeals seals, CertificateSessions sessions, Casework casework, UnitManagement units,
			DisclosureAccess access, MessageSource messages, ApplicationEventPublisher events, AuditManagement audit,
			Clock clock) {
		this.letters = letters;
		this.requests = requests;
		this.layout = layout;
		this.seals = seals;
		this.sessions = sessions;
		this.casework = casework;
		this.units = units;
		this.access = access;
		this.messages = messages;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Lays out the 答复书 of a request just answered by {@code actor}: sealed at once when
	 * they may seal, otherwise waiting for the unit's seal keepers.
	 */
	void prepare(DisclosureRequest request, String actor) {
		LocalDate today = LocalDate.now(clock);
		String unitName = units.find(request.unitId(), today)
			.map((unit) -> unit.names().fullName())
			.orElseThrow(() -> new IllegalStateException("No unit " + request.unitId()));
		DisclosureLetter letter = letters.save(new DisclosureLetter(request.id(), unitName, today,
				layout.render(request, unitName, today), clock.instant()));
		if (seals.holds(actor, request.unitId()) && sessions.current().isPresent()) {
			sealNow(letter, request, actor);
			return;
		}
		CaseView started = casework
			.start(new StartCase(DisclosureSealType.CODE, request.id().toString(), "用印：政府信息公开申请答复书 " + request.number(),
					"/workbench/disclosure/" + request.id() + "/seal", request.unitId(), actor, null));
		letter.attachCase(started.id());
		casework.transition(Transition.to(started.id(), DisclosureSealType.SealState.AWAITING_SEAL, actor)
			.opening(OpenStep.one(Assignee.unit(request.unitId(), UnitSeals.SEAL_PERMISSION, roleName()))));
		record(actor, "interaction.disclosure.letter-prepared", request,
				"答复书 " + request.number() + " 待用印（" + unitName + "印章管理员）");
	}

	/**
	 * A seal keeper of the unit seals the waiting 答复书 (signed in with their certificate;
	 * {@link UnitSeals} checks and audits the use).
	 * @throws DisclosureRefused when there is nothing to seal, or (not found) for whoever
	 * may not see it
	 */
	public DisclosureLetter seal(UUID requestId, String actor) {
		try {
			DisclosureRequest request = requests.findById(requestId).orElseThrow(DisclosureRefused::notFound);
			if (!maySee(request, actor)) {
				throw DisclosureRefused.notFound();
			}
			DisclosureLetter letter = letters.findById(requestId).orElseThrow(DisclosureRefused::notFound);
			if (letter.sealed()) {
				throw DisclosureRefused.of("interaction.disclosure.refused.alreadySealed");
			}
			sealNow(letter, request, actor);
			Long caseId = letter.caseId();
			if (caseId != null) {
				casework.transition(Transition.to(caseId, DisclosureSealType.SealState.SEALED, actor));
			}
			return letter;
		}
		catch (Refusal refused) {
			if (!(refused instanceof org.zhengtong.pki.PkiRefused)) {
				// UnitSeals wrote its own DENIED entry for the seal's refusals.
				audit.recordApart(
						AuditableEvent
							.succeeded(clock.instant(), actor, "interaction.disclosure.letter-sealed", OBJECT,
									requestId.toString(), "拒绝：" + refused.getMessage())
							.withOutcome(Outcome.DENIED));
			}
			throw refused;
		}
	}

	/**
	 * The 答复书 as staff see it (sealed or waiting): the unit's disclosure officers and
	 * approvers, and its seal keepers.
	 */
	@Transactional(readOnly = true)
	public Optional<DisclosureLetter> forStaff(UUID requestId, String username) {
		return requests.findById(requestId)
			.filter((request) -> maySee(request, username))
			.flatMap((request) -> letters.findById(requestId));
	}

	/** The sealed 答复书 of a request its applicant reached (by account or 查询码). */
	@Transactional(readOnly = true)
	public Optional<DisclosureLetter> sealedFor(DisclosureRequest request) {
		return letters.findById(request.id()).filter(DisclosureLetter::sealed);
	}

	/** Whether {@code username} is one of the seal keepers of the request's unit now. */
	@Transactional(readOnly = true)
	public boolean sealKeeper(UUID requestId, String username) {
		return requests.findById(requestId).map((request) -> seals.holds(username, request.unitId())).orElse(false);
	}

	@Transactional(readOnly = true)
	public @Nullable DisclosureRequest request(UUID requestId, String username) {
		return requests.findById(requestId).filter((request) -> maySee(request, username)).orElse(null);
	}

	private boolean maySee(DisclosureRequest request, String username) {
		return seals.holds(username, request.unitId()) || access.officer(username, request.unitId())
				|| access.leader(username, request.unitId());
	}

	private void sealNow(DisclosureLetter letter, DisclosureRequest request, String actor) {
		UnitSeals.SignedPdf signed = seals.signPdf(new UnitSeals.SealRequest(actor, request.unitId(),
				"政府信息公开申请答复书 " + request.number(), OBJECT, request.id().toString()), letter.pdf(),
				"政府信息公开申请答复 " + request.number());
		letter.sealed(signed.pdf(), signed.use().sha256(), signed.use().serial(), actor, signed.use().signedAt());
		events.publishEvent(
				new DisclosureLetterSealed(request.id(), request.number(), request.unitId(), signed.use().signedAt()));
		record(actor, "interaction.disclosure.letter-sealed", request, "答复书 " + request.number() + " 已用印，SHA-256 "
				+ signed.use().sha256() + "，印章证书序列号 " + signed.use().serial());
	}

	private String roleName() {
		return messages.getMessage("role.SEAL_KEEPER", null, "印章管理员", Locale.SIMPLIFIED_CHINESE);
	}

	private void record(String actor, String action, DisclosureRequest request, String summary) {
		events.publishEvent(
				AuditableEvent.succeeded(clock.instant(), actor, action, OBJECT, request.id().toString(), summary));
	}

}
