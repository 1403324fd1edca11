package org.zhengtong.interaction;

/** How a 差评's rater was followed up (回访). */
public enum FollowUpWay {

	/** 电话回访. */
	PHONE,
	/** 短信回访. */
	SMS,
	/** 上门回访. */
	VISIT,
	/** 邮件回访. */
	EMAIL

}
