/**
 * 通知: e-mail to people outside the workbench (password reset links, later replies to
 * letters and permit decisions), through an outbox that a job sends with retries.
 */
@NullMarked
@ApplicationModule(displayName = "Notification", allowedDependencies = { "platform", "shared" })
package org.zhengtong.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
