package org.zhengtong.permit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The forms of the review and decision desk. */
final class DecisionForms {

	private DecisionForms() {
	}

	/** 提交决定: the 审查意见. */
	static class ReviewForm {

		@NotBlank(message = "{permit.decision.opinion.required}")
		@Size(max = 2000, message = "{permit.decision.text.size}")
		private @Nullable String opinion;

		public @Nullable String getOpinion() {
			return opinion;
		}

		public void setOpinion(@Nullable String opinion) {
			this.opinion = opinion;
		}

	}

	/** 准予许可 (the content approved) or 不予许可 (the reasons). */
	static class DecideForm {

		@NotBlank(message = "{permit.decision.text.required}")
		@Size(max = 2000, message = "{permit.decision.text.size}")
		private @Nullable String text;

		public @Nullable String getText() {
			return text;
		}

		public void setText(@Nullable String text) {
			this.text = text;
		}

	}

	/** 退回审查: the reason. */
	static class ReturnForm {

		@NotBlank(message = "{permit.decision.return.required}")
		@Size(max = 1000, message = "{permit.decision.return.size}")
		private @Nullable String reason;

		public @Nullable String getReason() {
			return reason;
		}

		public void setReason(@Nullable String reason) {
			this.reason = reason;
		}

	}

}
