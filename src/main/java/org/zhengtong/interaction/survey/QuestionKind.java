package org.zhengtong.interaction.survey;

/** 单选, 多选, 打分 (a scale) or 文字 (free text, moderated before publication). */
public enum QuestionKind {

	SINGLE, MULTIPLE, SCALE, TEXT;

	public boolean choice() {
		return this == SINGLE || this == MULTIPLE;
	}

}
