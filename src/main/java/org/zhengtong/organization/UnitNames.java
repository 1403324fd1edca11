package org.zhengtong.organization;

import org.jspecify.annotations.Nullable;

/**
 * A unit's names, valid from a day on.
 *
 * @param codePrefix 机关代字 for document numbers (秦政发), if the unit issues documents
 */
public record UnitNames(String fullName, String shortName, String englishName, @Nullable String codePrefix) {
}
