package org.zhengtong.casework;

import java.time.Instant;

/** A clock went past its due date while running: published once per clock. */
public record DeadlineMissed(long clockId, String module, String subject, Instant dueAt) {
}
