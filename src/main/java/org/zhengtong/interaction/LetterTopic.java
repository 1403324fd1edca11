package org.zhengtong.interaction;

/**
 * What a letter is about, as the writer chooses it on the form; with the region (a
 * district) it decides which unit the 派单目录 proposes. Names in
 * {@code interaction.topic.<NAME>}.
 */
public enum LetterTopic {

	/** 教育. */
	EDUCATION,
	/** 交通出行. */
	TRANSPORT,
	/** 住房和城乡建设. */
	HOUSING,
	/** 生态环境. */
	ENVIRONMENT,
	/** 医疗卫生. */
	HEALTH,
	/** 社会保障. */
	SOCIAL_SECURITY,
	/** 劳动就业. */
	EMPLOYMENT,
	/** 市场监管. */
	MARKET,
	/** 城市管理. */
	CITY_MANAGEMENT,
	/** 公共安全. */
	PUBLIC_SAFETY,
	/** 农业农村. */
	AGRICULTURE,
	/** 政务服务. */
	GOVERNMENT_SERVICES,
	/** 其他. */
	OTHER

}
