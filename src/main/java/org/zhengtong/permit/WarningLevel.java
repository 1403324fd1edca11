package org.zhengtong.permit;

/** 电子监察: 黄牌 at 80 % of the committed time, 红牌 once overdue. */
public enum WarningLevel {

	YELLOW, RED

}
