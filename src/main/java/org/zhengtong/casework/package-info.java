/**
 * 办件核心 (case-work core): cases that move through the states their module declares, the
 * tasks people act on at their posts (the 待办 list), deadline clocks on the working-day
 * calendar, gap-free numbers. Modules open cases and tasks here instead of keeping their
 * own.
 */
@NullMarked
@ApplicationModule(displayName = "Case work",
		allowedDependencies = { "platform", "audit", "shared", "identity", "organization", "calendar" })
package org.zhengtong.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
