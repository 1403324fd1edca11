/**
 * 工作日历: which days are working days — weekends, statutory holidays and 调休 — year by year,
 * and the one place every module counts its deadlines in working days.
 */
@NullMarked
@ApplicationModule(displayName = "Calendar", allowedDependencies = { "platform", "audit", "shared" })
package org.zhengtong.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
