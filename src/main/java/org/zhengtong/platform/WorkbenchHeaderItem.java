package org.zhengtong.platform;

/**
 * @param text shown as it is (already in the user's language or a proper name)
 * @param labelKey message key of what the text is, for screen readers (当前岗位)
 * @param path where a click leads
 */
public record WorkbenchHeaderItem(String text, String labelKey, String path) {
}
