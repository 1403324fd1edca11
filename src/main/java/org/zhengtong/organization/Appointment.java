package org.zhengtong.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Gives a person a post.
 *
 * @param holderId the account holding the post
 * @param holderName the name shown in the address book
 * @param departmentId a department of {@code unitId}, or {@code null} for the unit itself
 * @param title 职务, as written on the post (科员, 副局长 …)
 * @param principal {@code true} for the person's 编制 post in their own unit (it replaces
 * the current one: the person has moved), {@code false} for a concurrent post (兼职)
 * @param phone office telephone for the address book
 */
public record Appointment(UUID holderId, String holderName, UUID unitId, @Nullable UUID departmentId, String title,
		boolean principal, @Nullable String phone, LocalDate startedOn) {
}
