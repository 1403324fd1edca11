/**
 * 通知: what people are told and how — the message centre (消息) of every account, e-mail
 * through an outbox that a job sends with retries, text messages, and each person's
 * choice per event type and channel, with a daily digest. Modules publish events; this
 * module decides who hears what.
 */
@NullMarked
@ApplicationModule(displayName = "Notification", allowedDependencies = { "platform", "shared", "identity", "casework",
		"content", "audit", "interaction", "permit" })
package org.zhengtong.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
