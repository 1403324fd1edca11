package org.zhengtong.interaction.internal;

/** A question from the public: hidden until an editor approves it. */
public enum QuestionState {

	/** 待审核: nobody but the editors sees it. */
	PENDING,

	/** 已采用: shown on the interview's page, in the text the editor approved. */
	APPROVED,

	/** 未采用: kept, never shown. */
	REJECTED

}
