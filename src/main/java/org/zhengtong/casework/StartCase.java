package org.zhengtong.casework;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Starts a case of a declared type in its initial state.
 *
 * @param type the case type's code
 * @param subjectId the module's own record (unique per type)
 * @param title what lists show, at most 300 characters
 * @param link the workbench page where the module shows the case ({@code /workbench/…})
 * @param unitId the unit the case belongs to, if any
 * @param actor the account name of whoever starts it
 * @param clock a deadline for the whole case, if any
 */
public record StartCase(String type, String subjectId, String title, String link, @Nullable UUID unitId, String actor,
		@Nullable StartClock clock) {
}
