package org.zhengtong.interaction.internal;

/** Where an online interview (在线访谈) stands: 预告, 直播中, 已结束 (then it is the archive). */
public enum InterviewState {

	/** 预告: announced; the public may send questions. */
	ANNOUNCED,

	/** 直播中: the transcript is published line by line; questions still come in. */
	LIVE,

	/** 已结束: the archive, with the full transcript and the questions answered. */
	ENDED

}
