package org.zhengtong.platform;

/**
 * One entry of the public site's main navigation (信息公开, 政务服务, 互动交流 …).
 *
 * @param labelKey message key of the label
 * @param path where it leads
 * @param english whether the entry belongs to the English site ({@code /en/…}) rather
 * than the Chinese one
 * @param order position, smallest first
 */
public record PortalNavigationItem(String labelKey, String path, boolean english, int order) {
}
