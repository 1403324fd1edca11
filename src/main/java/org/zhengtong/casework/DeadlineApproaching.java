package org.zhengtong.casework;

import java.time.Instant;

/** A clock turned yellow: published once per clock, whichever instance sweeps first. */
public record DeadlineApproaching(long clockId, String module, String subject, Instant dueAt) {
}
