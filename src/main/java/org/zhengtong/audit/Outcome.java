package org.zhengtong.audit;

/** How an audited action ended. */
public enum Outcome {

	SUCCESS, DENIED, FAILED

}
