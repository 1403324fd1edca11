package org.zhengtong.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A post for a staff account.
 *
 * @param departmentId one of the unit's departments, or {@code null}
 * @param title 职务 (科员, 副局长 …)
 * @param principal the person's 编制 post (replacing the current one), or a concurrent post
 */
public record StaffPost(UUID unitId, @Nullable UUID departmentId, String title, boolean principal,
		@Nullable String phone) {
}
