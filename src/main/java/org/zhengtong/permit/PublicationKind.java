package org.zhengtong.permit;

/** What a 双公示 record publishes: a 行政许可 or a 行政处罚 decision. */
public enum PublicationKind {

	PERMIT, PENALTY

}
