package org.zhengtong.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A post with the names of its unit and department as they are today.
 *
 * @param oversees the units this post oversees (分管), by short name
 */
public record PostView(UUID id, UUID holderId, String holderName, UUID unitId, String unitName,
		@Nullable UUID departmentId, @Nullable String departmentName, String title, boolean principal,
		@Nullable String phone, LocalDate startedOn, @Nullable LocalDate endedOn, List<String> oversees) {

	public boolean current() {
		return endedOn == null;
	}

	/** 秦川市教育局 · 办公室 · 科员, as lists and the post switcher show it. */
	public String label() {
		return unitName + (departmentName == null ? "" : " · " + departmentName) + " · " + title;
	}

}
