/**
 * 安全审计: the append-only, hash-chained log of every security event and every business
 * state change, readable by the 安全审计员 only, with signed checkpoints copied outside the
 * database and a verification that proves it intact or names every break.
 */
@NullMarked
@ApplicationModule(displayName = "Audit", allowedDependencies = { "platform", "shared" })
package org.zhengtong.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
