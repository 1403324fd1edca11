package org.zhengtong.pki;

import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.ClockView;

/**
 * A request waiting for an RA operator, with its deadline ({@code null} only for a
 * request whose case could not be opened).
 */
public record PendingRequest(RequestView request, @Nullable ClockView deadline) {
}
