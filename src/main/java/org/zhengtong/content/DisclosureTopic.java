package org.zhengtong.content;

/**
 * 主题分类 of the disclosure catalogue: the top level of the classification that Chinese
 * government catalogues share (政府信息公开目录系统), in its usual order. The names are in the
 * messages ({@code disclosure.topic.NAME}).
 */
public enum DisclosureTopic {

	/** 综合政务 */
	GENERAL_AFFAIRS,
	/** 国民经济管理、国有资产监管 */
	ECONOMY,
	/** 财政、金融、审计 */
	FINANCE,
	/** 国土资源、能源 */
	LAND_ENERGY,
	/** 农业、林业、水利 */
	AGRICULTURE,
	/** 工业、交通 */
	INDUSTRY_TRANSPORT,
	/** 商贸、海关、旅游 */
	COMMERCE,
	/** 市场监管、安全生产监管 */
	MARKET_SAFETY,
	/** 城乡建设、环境保护 */
	CONSTRUCTION_ENVIRONMENT,
	/** 科技、教育 */
	SCIENCE_EDUCATION,
	/** 文化、广电、新闻出版 */
	CULTURE,
	/** 卫生、体育 */
	HEALTH_SPORTS,
	/** 人口与计划生育、妇女儿童工作 */
	POPULATION,
	/** 劳动、人事、监察 */
	LABOUR,
	/** 公安、安全、司法 */
	PUBLIC_SECURITY,
	/** 民政、扶贫、救灾 */
	CIVIL_AFFAIRS,
	/** 民族、宗教 */
	ETHNIC_RELIGIOUS,
	/** 对外事务 */
	FOREIGN_AFFAIRS,
	/** 港澳台侨工作 */
	HK_MACAO_TAIWAN,
	/** 国防 */
	DEFENCE,
	/** 其他 */
	OTHER

}
