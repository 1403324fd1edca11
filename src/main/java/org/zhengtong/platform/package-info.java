/**
 * 平台: what every module stands on — the embedded database, security filter chains, the
 * portal and workbench layouts, error pages, languages, and the extension points modules
 * contribute navigation, menus and to-do counts through.
 */
@NullMarked
@ApplicationModule(displayName = "Platform")
package org.zhengtong.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
