package org.zhengtong.interaction.survey;

/**
 * Where a survey stands at a moment: 草稿 (editors only), 未开始 (shown, not yet open), 进行中
 * (answers taken), 已结束 (closed by an editor or past its close date).
 */
public enum SurveyStatus {

	DRAFT, UPCOMING, OPEN, CLOSED;

	/** Whether editors may still change it: until it opens. */
	public boolean editable() {
		return this == DRAFT || this == UPCOMING;
	}

}
