package org.zhengtong.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains why the embedded database could not be used. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseProblem> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseProblem cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
