/**
 * 数字证书注册中心: the platform's certificate authorities (RSA/ECDSA and SM2), the certificates
 * they issue, and their publication (CA certificates, CRL, status lookup).
 */
@NullMarked
@ApplicationModule(displayName = "PKI",
		allowedDependencies = { "platform", "audit", "shared", "identity", "organization", "casework" })
package org.zhengtong.pki;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
