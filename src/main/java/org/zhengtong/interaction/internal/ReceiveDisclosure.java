package org.zhengtong.interaction.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.content.AnnualReport.Applicant;

/**
 * A disclosure request to receive: sent online ({@code receivedOn} is today) or
 * registered by staff from post or the counter with the day it was received (art. 31).
 *
 * @param idNumber a person's 居民身份证号, already checked; only its masked form is kept
 * @param creditCode an organisation's 统一社会信用代码, already checked
 * @param accountId the applicant's public account, if they sent it signed in
 * @param actor who sends or registers it
 */
public record ReceiveDisclosure(UUID unitId, DisclosureRequest.Channel channel, Applicant applicantType,
		String applicantName, @Nullable String idNumber, @Nullable String creditCode, @Nullable String contactPerson,
		String phone, @Nullable String email, @Nullable String address, String description,
		DisclosureRequest.Medium medium, DisclosureRequest.Delivery delivery, @Nullable UUID accountId,
		LocalDate receivedOn, String actor) {
}
