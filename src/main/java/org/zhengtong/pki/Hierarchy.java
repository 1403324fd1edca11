package org.zhengtong.pki;

/** The two CA hierarchies: international algorithms, and 国密 SM2 for signing. */
public enum Hierarchy {

	/** RSA or ECDSA P-256 (configuration), at {@code /pki/…}. */
	STANDARD,

	/** SM2 with SM3, at {@code /pki/sm2/…}. */
	SM2

}
