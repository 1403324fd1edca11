package org.zhengtong.permit;

import org.zhengtong.shared.Refusal;

/**
 * A step on an accepted case the rules refuse — 延期 (art. 42), 中止 / 恢复 (art. 45), 用印 of a
 * written notice; nothing was changed. Message keys live in
 * {@code messages/permit*.properties}.
 */
public class CaseStepRefused extends Refusal {

	/** The key of "no such case, or not one the reader may act on" (shown as 404). */
	public static final String NOT_FOUND = "permit.step.refused.notFound";

	private CaseStepRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static CaseStepRefused of(String messageKey, Object... arguments) {
		return new CaseStepRefused(messageKey, messageKey, arguments);
	}

	/** No such case or notice, or not one the reader may act on. */
	public static CaseStepRefused notFound() {
		return new CaseStepRefused(NOT_FOUND, "No such case");
	}

	/** Art. 42: the legal limit is extended once; when it was and by whom. */
	public static CaseStepRefused secondExtension(String number, String when) {
		return new CaseStepRefused("permit.extension.refused.second",
				"Art. 42: the limit of " + number + " was already extended on " + when, number, when);
	}

	public boolean notFoundAnswer() {
		return NOT_FOUND.equals(messageKey());
	}

}
