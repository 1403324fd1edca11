/**
 * 组织机构: the region and unit tree — city, districts and counties, towns and sub-districts,
 * and the departments of each government — with effective-dated names and 机关代字.
 */
@NullMarked
@ApplicationModule(displayName = "Organization", allowedDependencies = { "platform", "audit", "shared" })
package org.zhengtong.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
