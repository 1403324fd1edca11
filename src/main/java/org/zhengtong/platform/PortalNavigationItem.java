package org.zhengtong.platform;

/**
 * One entry of the public site's main navigation (信息公开, 政务服务, 互动交流 …).
 *
 * @param labelKey message key of the label
 * @param path where it leads
 * @param english whether the entry belongs to the English site ({@code /en/…}) rather
 * than the Chinese one
 * @param order position, smallest first
 * @param label the label itself, for entries editors name (channels); {@code null} to use
 * the message key
 */
public record PortalNavigationItem(String labelKey, String path, boolean english, int order,
		@org.jspecify.annotations.Nullable String label) {

	public PortalNavigationItem(String labelKey, String path, boolean english, int order) {
		this(labelKey, path, english, order, null);
	}

	/** An entry named by editors rather than by a message. */
	public static PortalNavigationItem named(String label, String path, boolean english, int order) {
		return new PortalNavigationItem("nav.home", path, english, order, label);
	}

}
