package org.zhengtong.permit;

/**
 * A licence's standing as the verification page says it: 有效, 已注销 (cancelled, e.g. the
 * holder gave it up), 已撤销 (revoked by the department, 行政许可法 art. 69) or 已过期 (past its
 * last day; never stored, read from the validity).
 */
public enum LicenceStatus {

	VALID, CANCELLED, REVOKED, EXPIRED

}
