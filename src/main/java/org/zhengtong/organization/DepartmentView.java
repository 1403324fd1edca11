package org.zhengtong.organization;

import java.util.UUID;

/** 内设机构: a department inside a unit (办公室, 法规科 …). */
public record DepartmentView(UUID id, UUID unitId, String name, String englishName, int sortOrder, boolean active) {
}
