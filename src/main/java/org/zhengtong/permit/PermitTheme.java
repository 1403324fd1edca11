package org.zhengtong.permit;

/**
 * The themes the portal lists items under (主题服务), as the national 政务服务 platform groups
 * them: the first for citizens, the rest mostly for enterprises.
 */
public enum PermitTheme {

	/** 生育收养. */
	FAMILY,
	/** 户籍办理. */
	RESIDENCE,
	/** 教育科研. */
	EDUCATION,
	/** 就业创业. */
	EMPLOYMENT,
	/** 社会保障. */
	SOCIAL_SECURITY,
	/** 医疗卫生. */
	HEALTH,
	/** 住房保障. */
	HOUSING,
	/** 交通出行. */
	TRANSPORT,
	/** 设立变更. */
	BUSINESS_REGISTRATION,
	/** 准营准办. */
	OPERATING_LICENCE,
	/** 工程建设. */
	CONSTRUCTION,
	/** 食品药品. */
	FOOD_AND_DRUGS,
	/** 环境保护. */
	ENVIRONMENT,
	/** 农林牧渔. */
	AGRICULTURE,
	/** 文化旅游. */
	CULTURE,
	/** 其他. */
	OTHER

}
