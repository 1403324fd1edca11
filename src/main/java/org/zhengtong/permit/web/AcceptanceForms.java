package org.zhengtong.permit.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.internal.AcceptanceDesk.NoticeLine;

/** The forms of the acceptance desk. */
final class AcceptanceForms {

	private AcceptanceForms() {
	}

	/** 不予受理: the reason the applicant is told. */
	static class RejectForm {

		@NotBlank(message = "{permit.acceptance.reject.reason.required}")
		@Size(max = 1000, message = "{permit.acceptance.reject.reason.size}")
		private @Nullable String reason;

		public @Nullable String getReason() {
			return reason;
		}

		public void setReason(@Nullable String reason) {
			this.reason = reason;
		}

	}

	/**
	 * 一次性告知补正: the guide's materials ticked (by position) with a reason each, and up to
	 * {@link #EXTRA_ROWS} written-in items.
	 */
	static class CorrectionForm {

		static final int EXTRA_ROWS = 3;

		private List<Integer> ticked = new ArrayList<>();

		private List<@Nullable String> reasons = new ArrayList<>();

		private List<@Nullable String> extraNames = new ArrayList<>();

		private List<@Nullable String> extraReasons = new ArrayList<>();

		/**
		 * The lines of the notice in the order of the guide, then the written-in ones.
		 */
		List<NoticeLine> lines() {
			List<NoticeLine> lines = new ArrayList<>();
			ticked.stream()
				.distinct()
				.sorted()
				.forEach((position) -> lines.add(new NoticeLine(position, null,
						position >= 0 && position < reasons.size() && reasons.get(position) != null
								? reasons.get(position) : "")));
			for (int i = 0; i < Math.max(extraNames.size(), extraReasons.size()); i++) {
				String name = i < extraNames.size() ? extraNames.get(i) : null;
				String reason = i < extraReasons.size() ? extraReasons.get(i) : null;
				if ((name != null && !name.isBlank()) || (reason != null && !reason.isBlank())) {
					lines.add(new NoticeLine(null, name == null ? "" : name, reason == null ? "" : reason));
				}
			}
			return lines;
		}

		public List<Integer> getTicked() {
			return ticked;
		}

		public void setTicked(List<Integer> ticked) {
			this.ticked = ticked;
		}

		public List<@Nullable String> getReasons() {
			return reasons;
		}

		public void setReasons(List<@Nullable String> reasons) {
			this.reasons = reasons;
		}

		public List<@Nullable String> getExtraNames() {
			return extraNames;
		}

		public void setExtraNames(List<@Nullable String> extraNames) {
			this.extraNames = extraNames;
		}

		public List<@Nullable String> getExtraReasons() {
			return extraReasons;
		}

		public void setExtraReasons(List<@Nullable String> extraReasons) {
			this.extraReasons = extraReasons;
		}

	}

	/** 批量受理: the queue's ticked cases. */
	static class BulkForm {

		private List<Long> ids = new ArrayList<>();

		public List<Long> getIds() {
			return ids;
		}

		public void setIds(List<Long> ids) {
			this.ids = ids;
		}

	}

}
