package org.zhengtong.notification.internal;

import org.jspecify.annotations.Nullable;

/**
 * One thing to tell people.
 *
 * @param eventKey what happened, the same however often the event is delivered: nobody is
 * told one key twice
 * @param arguments the arguments of the type's title and body texts
 * @param link a path of this site the message leads to, if any
 */
public record Notice(NotificationType type, String eventKey, Object[] arguments, @Nullable String link) {
}
