package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.Transition;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.permit.LicenceStatus;
import org.zhengtong.permit.internal.ReissueTaskType.ReissueState;
import org.zhengtong.pki.CertificateRevoked;
import org.zhengtong.pki.UnitSeals;

/**
 * A revoked seal certificate ({@link CertificateRevoked}, after the revocation commits):
 * every licence still valid that was sealed with it — its PDF's seal or its OFD's SM2
 * seal — is listed for 换发 in a task for the issuing department's 印章管理员 (one per
 * certificate and department; hearing the event again adds none), and the listing is
 * audited. The task links to the department's licence list narrowed to that certificate;
 * it is done when the last of those licences stops being valid. The licences themselves
 * stay valid — the department's decision stands — and the verification page says when the
 * certificate was revoked.
 */
@Component
class SealRevocations {

	static final String LISTED = "permit.licence.reissue-listed";

	static final String DONE = "permit.licence.reissue-done";

	private final LicenceRecords licences;

	private final Casework casework;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SealRevocations(LicenceRecords licences, Casework casework, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.licences = licences;
		this.casework = casework;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** The task's subject: {@code <serial>:<department>}. */
	static String subject(String serial, UUID department) {
		return serial + ":" + department;
	}

	/** The department's licence list narrowed to the certificate's valid licences. */
	static String link(String serial) {
		return "/workbench/licences?status=VALID&text=" + serial;
	}

	@ApplicationModuleListener
	void on(CertificateRevoked revoked) {
		if (!revoked.unitSeal()) {
			return;
		}
		String serial = revoked.serial();
		Map<UUID, List<Licence>> byDepartment = stillValid(serial).stream()
			.collect(Collectors.groupingBy(Licence::departmentId, LinkedHashMap::new, Collectors.toList()));
		byDepartment.forEach((department, listed) -> list(serial, department, listed));
	}

	/**
	 * A licence stopped being valid (注销 or 撤销, heard from the licence desk's own audit
	 * event in its transaction): the 换发 tasks of its seal certificates that list no valid
	 * licence any more are done.
	 */
	@EventListener(condition = "#event.objectType() == 'permit_licence' and #event.outcome().name() == 'SUCCESS'")
	@Transactional
	void on(AuditableEvent event) {
		if (event.outcome() != Outcome.SUCCESS || !LicenceService.OBJECT.equals(event.objectType())
				|| !(LicenceService.REVOKED.equals(event.action()) || LicenceService.CANCELLED.equals(event.action()))
				|| event.objectId() == null) {
			return;
		}
		licences.findById(UUID.fromString(event.objectId())).ifPresent((licence) -> ended(licence, event.actor()));
	}

	private void ended(Licence licence, String actor) {
		done(licence.sealSerial(), licence.departmentId(), actor);
		if (licence.ofdSealSerial() != null) {
			done(licence.ofdSealSerial(), licence.departmentId(), actor);
		}
	}

	private void list(String serial, UUID department, List<Licence> listed) {
		String subject = subject(serial, department);
		if (casework.find(ReissueTaskType.CODE, subject).isPresent()) {
			return;
		}
		String actor = AccountManagement.SYSTEM;
		String numbers = listed.stream().map(Licence::number).collect(Collectors.joining("、"));
		CaseView task = casework.start(new StartCase(ReissueTaskType.CODE, subject,
				cut("印章证书已吊销，" + listed.size() + " 张有效电子证照待换发（证书 " + serial + "）", 300), link(serial), department,
				actor, null));
		casework.transition(Transition.to(task.id(), ReissueState.WAITING, actor)
			.because(null, cut("待换发：" + numbers, 2000))
			.opening(OpenStep.one(Assignee.unit(department, UnitSeals.SEAL_PERMISSION,
					listed.get(0).departmentName() + " · " + roleName("SEAL_KEEPER")))));
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor, LISTED, "certificate", serial,
					cut("印章证书 " + serial + " 已吊销，" + listed.size() + " 张有效电子证照列入换发：" + numbers, 1000))
			.withChange(null, "licences=" + listed.size()));
	}

	private void done(String serial, UUID department, String actor) {
		casework.find(ReissueTaskType.CODE, subject(serial, department))
			.filter((task) -> !task.closed())
			.filter((task) -> stillValid(serial).stream().noneMatch((one) -> one.departmentId().equals(department)))
			.ifPresent((task) -> {
				casework.transition(Transition.to(task.id(), ReissueState.DONE, actor).because(null, "所列电子证照均已注销或撤销"));
				events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, DONE, "certificate", serial,
						"印章证书 " + serial + " 所列电子证照均已注销或撤销，换发待办办结"));
			});
	}

	private List<Licence> stillValid(String serial) {
		LocalDate today = LocalDate.now(clock);
		return licences.findBySealSerialOrOfdSealSerialOrderByNumber(serial, serial)
			.stream()
			.filter((one) -> one.status() == LicenceStatus.VALID)
			.filter((one) -> one.validTo() == null || !one.validTo().isBefore(today))
			.toList();
	}

	private String roleName(String code) {
		return messages.getMessage("role." + code, null, code, Locale.SIMPLIFIED_CHINESE);
	}

	private static String cut(String text, int limit) {
		return text.length() > limit ? text.substring(0, limit) : text;
	}

}
