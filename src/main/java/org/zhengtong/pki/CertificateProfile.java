package org.zhengtong.pki;

import java.time.Duration;

/**
 * 证书模板: what a certificate is for fixes its hierarchy, the keys it accepts, its validity,
 * key usages and subject. A person's certificate names the person (CN, UID, O = their 编制
 * unit), never their ID number; a unit's names the unit (CN and O = its full name,
 * organizationIdentifier = its 统一社会信用代码 when it has one).
 */
public enum CertificateProfile {

	/** 工作人员身份认证: client TLS (certificate login); ECDSA P-256 or RSA ≥ 2048. */
	STAFF_AUTH(Hierarchy.STANDARD, false, Duration.ofDays(730)),

	/**
	 * 单位签名（公文、电子印章）: digital signature and non-repudiation, S/MIME signing; ECDSA P-256
	 * or RSA ≥ 2048.
	 */
	UNIT_SIGN(Hierarchy.STANDARD, true, Duration.ofDays(730)),

	/** 单位签名（国密）: as {@link #UNIT_SIGN}, SM2 keys under the SM2 CA (SM3withSM2). */
	UNIT_SIGN_SM2(Hierarchy.SM2, true, Duration.ofDays(730)),

	/**
	 * 单位加密（公文交换）: key encipherment (RSA) or key agreement (ECDH, P-256) for envelopes
	 * addressed to the unit.
	 */
	UNIT_ENCRYPT(Hierarchy.STANDARD, true, Duration.ofDays(730)),

	/**
	 * 服务器 TLS: a unit's web server, named by its DNS names; 397 days, the most browsers
	 * accept.
	 */
	SERVER_TLS(Hierarchy.STANDARD, true, Duration.ofDays(397)),

	/**
	 * 平台签名: the platform's own signing key (signed audit checkpoints), as
	 * {@link #UNIT_SIGN}; issued at first start, never requested.
	 */
	PLATFORM_SIGN(Hierarchy.STANDARD, false, Duration.ofDays(730));

	private final Hierarchy hierarchy;

	private final boolean forUnit;

	private final Duration validity;

	CertificateProfile(Hierarchy hierarchy, boolean forUnit, Duration validity) {
		this.hierarchy = hierarchy;
		this.forUnit = forUnit;
		this.validity = validity;
	}

	public Hierarchy hierarchy() {
		return hierarchy;
	}

	/** Whether the certificate is a unit's (requested by a unit administrator). */
	public boolean forUnit() {
		return forUnit;
	}

	public Duration validity() {
		return validity;
	}

}
