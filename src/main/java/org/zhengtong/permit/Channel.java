package org.zhengtong.permit;

/** How an application came in: online (网上申报) or at the window (窗口收件). */
public enum Channel {

	ONLINE, WINDOW

}
