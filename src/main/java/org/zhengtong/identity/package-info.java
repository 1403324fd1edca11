/**
 * 账户与登录: accounts for staff, citizens and enterprises, password login with lockout, roles
 * and the three separated administrators (三员分立).
 */
@NullMarked
@ApplicationModule(displayName = "Identity",
		allowedDependencies = { "platform", "audit", "shared", "organization", "files" })
package org.zhengtong.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
