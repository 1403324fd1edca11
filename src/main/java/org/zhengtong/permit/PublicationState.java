package org.zhengtong.permit;

/** A 双公示 record on the public list, or taken off it with a reason (kept). */
public enum PublicationState {

	PUBLISHED, WITHDRAWN

}
