package org.zhengtong.permit;

/** Who may apply for an item online: citizens (个人), enterprises (法人), or both. */
public enum Audience {

	CITIZEN, ENTERPRISE, BOTH

}
