package org.zhengtong.interaction.survey;

/** 网上调查 (a survey) or 意见征集 (a consultation on a draft text, closed with 采纳情况). */
public enum SurveyKind {

	SURVEY, CONSULTATION

}
