package org.zhengtong.platform;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the workbench sidebar.
 *
 * @param sectionKey message key of the sidebar group the entry belongs to
 * @param labelKey message key of the entry's label
 * @param path where the entry leads, such as {@code /office/incoming}
 * @param authority the authority a user needs to see the entry; {@code null} for every
 * staff user
 * @param order position within its group, smallest first
 */
public record WorkbenchMenuItem(String sectionKey, String labelKey, String path, @Nullable String authority,
		int order) {
}
